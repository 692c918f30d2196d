# Which objects can be referred to weakly, and the error for the others
import weakref
import collections
import _functools


def gen():
    yield 1


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyList(list):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


candidates = [1, 2.5, "s", b"b", (1,), [1], {}, None, True, set(), frozenset(), gen, gen(), Plain,
              Plain(), Slotted(), SlottedWeak(), MyList(), MyInt(3), MyTuple(), gen.__code__, len,
              Plain().__init__, object(), property(), range(3), slice(1), iter([]), 1j, bytearray(),
              _functools.partial(print), collections.deque(), collections.OrderedDict(), ValueError(),
              weakref.ref(Plain), type]
for c in candidates:
    try:
        weakref.ref(c)
        print(type(c).__name__, "ok")
    except TypeError as e:
        print(type(c).__name__, "->", e)
for c in (1, "x", None):
    try:
        weakref.proxy(c)
    except TypeError as e:
        print(e)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
