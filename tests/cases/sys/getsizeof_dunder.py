import sys


class Plain:
    pass


class Sized:
    def __sizeof__(self):
        return 100


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return "x"


class Raises:
    def __sizeof__(self):
        raise KeyError("k")


print("__sizeof__" in dir(object), "__sizeof__" in dir(list), "__sizeof__" in dir(Plain))
print(object().__sizeof__(), Plain().__sizeof__(), sys.getsizeof(Plain()))
print(sys.getsizeof(Sized()), sys.getsizeof(Sized(), 5))
for o in (Negative(), NotInt(), Raises()):
    for args in ((o,), (o, 7)):
        try:
            print(sys.getsizeof(*args))
        except Exception as e:
            print(type(e).__name__, e)
print(object.__sizeof__.__doc__, object.__sizeof__.__text_signature__)
print(type(object.__dict__["__sizeof__"]).__name__)
