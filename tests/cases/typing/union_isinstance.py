# isinstance() and issubclass() with a union: its arguments in order, as a
# tuple of them would be; parameterized generics and other non-classes fail
# only when they are reached.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)

def params[T]():
    return T

T = params()
type A = int

class Meta(type):
    def __instancecheck__(cls, obj):
        print("  Meta.__instancecheck__", repr(obj))
        return True
    def __subclasscheck__(cls, sub):
        print("  Meta.__subclasscheck__", sub.__name__)
        return True

class Any(metaclass=Meta):
    pass

class Base:
    pass

class Derived(Base):
    pass

show("isinstance(1, int | str)", lambda: isinstance(1, int | str))
show("isinstance('a', int | str)", lambda: isinstance("a", int | str))
show("isinstance(1.5, int | str)", lambda: isinstance(1.5, int | str))
show("isinstance(None, int | None)", lambda: isinstance(None, int | None))
show("isinstance(True, bool | None)", lambda: isinstance(True, bool | None))
show("isinstance(1, int | str | float | None)", lambda: isinstance(1, int | str | float | None))
show("isinstance(Derived(), Base | int)", lambda: isinstance(Derived(), Base | int))
show("isinstance(Base(), Derived | int)", lambda: isinstance(Base(), Derived | int))
show("isinstance([], (int | str, list))", lambda: isinstance([], (int | str, list)))
show("isinstance(1, (str, int | float))", lambda: isinstance(1, (str, int | float)))
show("isinstance(1, str | (int | float))", lambda: isinstance(1, str | (int | float)))
show("isinstance(1, int | list[int])", lambda: isinstance(1, int | list[int]))
show("isinstance('', int | list[int])", lambda: isinstance("", int | list[int]))
show("isinstance(1, list[int] | None)", lambda: isinstance(1, list[int] | None))
show("isinstance(1, None | list[int])", lambda: isinstance(1, None | list[int]))
show("isinstance(1, int | T)", lambda: isinstance(1, int | T))
show("isinstance('', int | T)", lambda: isinstance("", int | T))
show("isinstance(1, A | str)", lambda: isinstance(1, A | str))
show("isinstance(1, int | A)", lambda: isinstance(1, int | A))
show("isinstance('', (int | str) | 1)", lambda: isinstance("", (int | str) | 1))
show("isinstance(1.5, (int | str) | 1)", lambda: isinstance(1.5, (int | str) | 1))
show("isinstance(1, str | Any)", lambda: isinstance(1, str | Any))
show("isinstance(1, Any | str)", lambda: isinstance(1, Any | str))
show("isinstance(1, int | Any)", lambda: isinstance(1, int | Any))

show("issubclass(bool, int | str)", lambda: issubclass(bool, int | str))
show("issubclass(float, int | str)", lambda: issubclass(float, int | str))
show("issubclass(Derived, Base | None)", lambda: issubclass(Derived, Base | None))
show("issubclass(type(None), int | None)", lambda: issubclass(type(None), int | None))
show("issubclass(int, (str | float, int))", lambda: issubclass(int, (str | float, int)))
show("issubclass(int, int | list[int])", lambda: issubclass(int, int | list[int]))
show("issubclass(float, int | list[int])", lambda: issubclass(float, int | list[int]))
show("issubclass(float, (int | str) | 1)", lambda: issubclass(float, (int | str) | 1))
show("issubclass(1, int | str)", lambda: issubclass(1, int | str))
show("issubclass(int, str | Any)", lambda: issubclass(int, str | Any))

# parameterized generics on their own, and in tuples
show("isinstance(1, list[int])", lambda: isinstance(1, list[int]))
show("isinstance(1, (list[int],))", lambda: isinstance(1, (list[int],)))
show("isinstance(1, (str, list[int]))", lambda: isinstance(1, (str, list[int])))
show("issubclass(int, list[int])", lambda: issubclass(int, list[int]))
show("issubclass(int, (list[int],))", lambda: issubclass(int, (list[int],)))
GA = type(list[int])
show("GA.__instancecheck__", lambda: GA.__instancecheck__(list[int], 1))
show("GA.__subclasscheck__", lambda: GA.__subclasscheck__(list[int], int))
show("isinstance(1, 1)", lambda: isinstance(1, 1))
show("isinstance(1, (1,))", lambda: isinstance(1, (1,)))

# match statements use isinstance for class patterns
for value in (1, "a", 2.5, None):
    match value:
        case int() | str():
            print(repr(value), "int or str")
        case _ if isinstance(value, float | None):
            print(repr(value), "float or None")
