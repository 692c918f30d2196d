# isinstance through each of its paths: the object's own type, a plain class
# (metaclass type), __class__ overrides, metaclasses with __instancecheck__,
# tuples, unions, ABCs; and map's argument checks.
import abc
import collections.abc


class Base:
    pass


class Child(Base):
    pass


class Liar:
    __class__ = property(lambda self: Child)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  check", cls.__name__, type(obj).__name__)
        return obj == 7


class Seven(metaclass=Meta):
    pass


class MyABC(abc.ABC):
    pass


MyABC.register(int)
for obj in (1, True, 2.5, "s", b"b", Child(), Base(), Liar(), None, [1], 7):
    print(type(obj).__name__,
          isinstance(obj, int), isinstance(obj, bool), isinstance(obj, object), isinstance(obj, str),
          isinstance(obj, Base), isinstance(obj, Child), isinstance(obj, (bytes, list)),
          isinstance(obj, int | str), isinstance(obj, MyABC), isinstance(obj, collections.abc.Sequence),
          isinstance(obj, type), isinstance(obj, Seven))
print(isinstance(Base, type), isinstance(Meta, type), isinstance(Seven, Meta), isinstance(int, Meta))
for bad in (1, "int", [int], (int, "x")):
    try:
        print(isinstance(3, bad))
    except TypeError as e:
        print("TypeError", e)

for args, kw in (((), {}), ((abs,), {}), ((abs, [1]), {"strict": True}), ((abs, [1]), {"bogus": 1}),
                 ((abs, [1], [2]), {"strict": False, "other": 2}), ((abs, 5), {})):
    try:
        print(list(map(*args, **kw)))
    except TypeError as e:
        print("TypeError", e)
