# An ABC holds the classes registered with it, and those its checks have
# answered for, weakly: a class that goes away leaves the registry and both
# caches, and a new class made in its place is not mistaken for it.
import _abc
import abc
import gc
import weakref


class Shape(abc.ABC):
    pass


def sizes():
    return [len(s) for s in _abc._get_dump(Shape)[:3]]


for round_ in range(3):
    class Square:
        pass

    class Circle:
        pass

    class Unrelated:
        pass

    Shape.register(Square)

    class Sub(Square):
        pass

    print(round_, isinstance(Square(), Shape), issubclass(Sub, Shape), isinstance(Unrelated(), Shape),
          issubclass(Circle, Shape), sizes())
    refs = [weakref.ref(c) for c in (Square, Circle, Unrelated, Sub)]
    del Square, Circle, Unrelated, Sub
    gc.collect()
    print([r() is None for r in refs], sizes())

# Many short-lived classes through one check.
for i in range(500):
    cls = type("T%d" % i, (), {})
    if i % 7 == 0:
        Shape.register(cls)
    assert isinstance(cls(), Shape) == (i % 7 == 0)
del cls
gc.collect()
print(sizes())


# Registering with collections.abc's Sequence or Mapping makes the class
# (and the classes already derived from it) match that kind of pattern.
from collections.abc import Mapping, Sequence


class Base:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError(i)

    def keys(self):
        return []


class Early(Base):
    pass


def kind(x):
    match x:
        case [*_]:
            return "sequence"
        case {}:
            return "mapping"
        case _:
            return "other"


print(kind(Base()), kind(Early()))
Sequence.register(Base)


class Late(Base):
    pass


print(kind(Base()), kind(Early()), kind(Late()))
Mapping.register(Early)
print(kind(Base()), kind(Early()), kind(Late()))
Sequence.register(str)
print(kind("ab"), kind(b"ab"), kind(bytearray(b"ab")))
