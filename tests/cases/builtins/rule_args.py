# Argument errors of the built-ins whose counting rule is not a signature:
# object's excess-argument rule, the singletons' constructors, type() with 1
# or 3 arguments, map's and enumerate's own parsers, descriptors without self.


def outcome(f):
    """The TypeError a call raises, or the type of what it returns."""
    try:
        return "ok " + type(f()).__name__
    except TypeError as e:
        return "TypeError " + str(e)


def attempt(label, f):
    print(label, "->", outcome(f))


class Plain:
    pass


class WithInit:
    def __init__(self):
        pass


class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls)


class WithBoth:
    def __new__(cls, *args):
        return object.__new__(cls, *args)

    def __init__(self, *args):
        pass


attempt("object(1)", lambda: object(1))
attempt("object(x=1)", lambda: object(x=1))
attempt("Plain(1)", lambda: Plain(1))
attempt("Plain(x=1)", lambda: Plain(x=1))
attempt("WithInit(1)", lambda: WithInit(1))
attempt("WithNew(1)", lambda: WithNew(1))
attempt("WithBoth(1)", lambda: WithBoth(1))
attempt("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1))
attempt("object.__new__(WithInit, 1)", lambda: object.__new__(WithInit, 1))
attempt("object.__new__(WithNew, 1)", lambda: object.__new__(WithNew, 1))
attempt("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1))
attempt("object.__init__(WithInit(), 1)", lambda: object.__init__(WithInit(), 1))
attempt("object.__init__(WithNew(), 1)", lambda: object.__init__(WithNew(), 1))
attempt("object.__init__(1, 2)", lambda: object.__init__(1, 2))

attempt("NoneType(1)", lambda: type(None)(1))
attempt("NoneType(x=1)", lambda: type(None)(x=1))
attempt("NoneType()", lambda: type(None)())
attempt("NotImplementedType(1)", lambda: type(NotImplemented)(1))
attempt("NotImplementedType(x=1)", lambda: type(NotImplemented)(x=1))
attempt("EllipsisType(1)", lambda: type(...)(1))
attempt("EllipsisType(x=1)", lambda: type(...)(x=1))
print(type(...)() is ..., type(None)() is None, type(NotImplemented)() is NotImplemented)


class Meta(type):
    pass


attempt("type()", lambda: type())
attempt("type(1, 2)", lambda: type(1, 2))
attempt("type(1, x=2)", lambda: type(1, x=2))
attempt("type(x=2)", lambda: type(x=2))
attempt("type(1, 2, x=3)", lambda: type(1, 2, x=3))
attempt("type(1, 2, 3, 4)", lambda: type(1, 2, 3, 4))
attempt("type('A', (), {}, x=1)", lambda: type("A", (), {}, x=1))
print(type(1).__name__, type("A", (), {}).__name__)
attempt("type.__new__(type)", lambda: type.__new__(type))
attempt("type.__new__(type, 1)", lambda: type.__new__(type, 1))
attempt("type.__new__(type, 1, x=2)", lambda: type.__new__(type, 1, x=2))
attempt("type.__new__(type, 1, 2)", lambda: type.__new__(type, 1, 2))
attempt("type.__new__(type, 1, 2, 3, 4)", lambda: type.__new__(type, 1, 2, 3, 4))
attempt("Meta(1)", lambda: Meta(1))
attempt("Meta(1, x=2)", lambda: Meta(1, x=2))
attempt("Meta(1, 2)", lambda: Meta(1, 2))
print(Meta("B", (), {}).__name__)
attempt("type.__init__(int)", lambda: type.__init__(int))
attempt("type.__init__(int, 1)", lambda: type.__init__(int, 1))
attempt("type.__init__(int, 1, x=2)", lambda: type.__init__(int, 1, x=2))
attempt("type.__init__(int, x=2)", lambda: type.__init__(int, x=2))
attempt("type.__init__(int, 1, 2)", lambda: type.__init__(int, 1, 2))
attempt("type.__init__(int, 1, 2, 3)", lambda: type.__init__(int, 1, 2, 3))
attempt("type.__init__(int, 1, 2, 3, x=4)", lambda: type.__init__(int, 1, 2, 3, x=4))
attempt("type.__init__(int, 1, 2, 3, 4)", lambda: type.__init__(int, 1, 2, 3, 4))

attempt("int.__new__()", lambda: int.__new__())
attempt("str.__new__()", lambda: str.__new__())
attempt("__build_class__()", lambda: __build_class__())
attempt("__build_class__(f)", lambda: __build_class__(lambda: None))
attempt("list.append()", lambda: list.append())
attempt("dict.get()", lambda: dict.get())
attempt("int.__add__()", lambda: int.__add__())
attempt("object.__repr__()", lambda: object.__repr__())

attempt("map()", lambda: map())
attempt("map(len)", lambda: map(len))
attempt("map(strict=1)", lambda: map(strict=1))
attempt("map(len, x=1)", lambda: map(len, x=1))
attempt("map(len, [], foo=1)", lambda: map(len, [], foo=1))
attempt("map(len, [], stric=1)", lambda: map(len, [], stric=1))
attempt("map(len, [], strict=1, x=2)", lambda: map(len, [], strict=1, x=2))
print(list(map(len, ["a", "bb"], strict=True)), list(map(pow, [2, 3], [3, 2])))
attempt("zip([], foo=1)", lambda: zip([], foo=1))
attempt("zip([], stric=1)", lambda: zip([], stric=1))
attempt("zip([], strict=1, x=2)", lambda: zip([], strict=1, x=2))

attempt("enumerate()", lambda: enumerate())
attempt("enumerate([], 1, 2)", lambda: enumerate([], 1, 2))
attempt("enumerate(x=[])", lambda: enumerate(x=[]))
attempt("enumerate(start=1)", lambda: enumerate(start=1))
attempt("enumerate([], iterable=[])", lambda: enumerate([], iterable=[]))
attempt("enumerate(iterable=[], x=1)", lambda: enumerate(iterable=[], x=1))
attempt("enumerate(x=[], start=1)", lambda: enumerate(x=[], start=1))
attempt("enumerate(start=1, x=1)", lambda: enumerate(start=1, x=1))
attempt("enumerate([], start=1, x=2)", lambda: enumerate([], start=1, x=2))
attempt("enumerate(a=1, b=2, c=3)", lambda: enumerate(a=1, b=2, c=3))
attempt("enumerate([], 1, x=2)", lambda: enumerate([], 1, x=2))
attempt("enumerate([], x=2)", lambda: enumerate([], x=2))
print(list(enumerate("ab", 3)), list(enumerate("ab", start=3)), list(enumerate(iterable="ab")))
print(list(enumerate(start=5, iterable="ab")), list(enumerate(iterable="ab", start=7)))


class Counted(enumerate):
    pass


attempt("Counted()", lambda: Counted())
attempt("Counted([], 1, 2)", lambda: Counted([], 1, 2))
attempt("Counted(x=[])", lambda: Counted(x=[]))
attempt("Counted(start=1)", lambda: Counted(start=1))
print(list(Counted("ab", start=1)))


def make_cell():
    x = 1
    return (lambda: x).__closure__[0]


cell = type(make_cell())
print(repr(cell.__text_signature__), repr(type.__prepare__.__text_signature__))
print(type.__prepare__(), type.__prepare__(1, 2, 3, 4, x=1), cell(5).cell_contents)
attempt("cell(1, 2)", lambda: cell(1, 2))
attempt("cell(contents=1)", lambda: cell(contents=1))
attempt("cell().cell_contents", lambda: cell().cell_contents)

fromkeys = dict.__dict__["fromkeys"]
attempt("fromkeys()", lambda: fromkeys())
attempt("fromkeys(1)", lambda: fromkeys(1))
attempt("fromkeys(int, [1])", lambda: fromkeys(int, [1]))
attempt("fromkeys(dict, [1])", lambda: fromkeys(dict, [1]))

import abc


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


attempt("Abstract(1)", lambda: Abstract(1))
attempt("Abstract()", lambda: Abstract())
