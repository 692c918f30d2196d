# int(), float(), complex(), divmod(), round() and pow() call the
# special method found on the type (never on the instance), bound as any
# method: functions, static and class methods, callable objects.


class Callable:
    def __init__(self, value):
        self.value = value

    def __call__(self, *args):
        return self.value


class ViaFunctions:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j

    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __round__(self, *nd):
        return ("round", nd)

    def __pow__(self, other, mod=None):
        return ("pow", other, mod)


class ViaOthers:
    __int__ = staticmethod(lambda: 8)
    __float__ = Callable(3.5)
    __complex__ = classmethod(lambda cls: complex(len(cls.__name__), 0))
    __index__ = staticmethod(lambda: 4)


class IndexOnly:
    def __index__(self):
        return 5


class Bad:
    def __int__(self):
        return "no"

    def __float__(self):
        return 1

    def __complex__(self):
        return 1.5


class Raising:
    def __int__(self):
        raise ValueError("from __int__")

    def __float__(self):
        raise ValueError("from __float__")

    def __complex__(self):
        raise ValueError("from __complex__")


a, b = ViaFunctions(), ViaOthers()
print(int(a), float(a), complex(a), divmod(a, 3), divmod(3, a), round(a), round(a, 2), pow(a, 2), pow(a, 2, 5))
print(int(b), float(b), complex(b), b.__index__(), [10, 20, 30, 40, 50][b])
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))
inst = IndexOnly()
inst.__int__ = lambda: 99
inst.__float__ = lambda: 9.9
print(int(inst), float(inst))
for conv in (int, float, complex):
    for obj in (Bad(), Raising(), object()):
        try:
            print(conv(obj))
        except (TypeError, ValueError) as e:
            print(conv.__name__, type(obj).__name__, type(e).__name__ + ":", e)
for call in (lambda: divmod(object(), 1), lambda: round(object()), lambda: pow(object(), 2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
