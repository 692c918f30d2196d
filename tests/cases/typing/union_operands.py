# Which operands | accepts: type.__or__ and generic aliases take classes,
# None, aliases, unions and type aliases; unions and type variables take
# anything; classes with their own __or__ / __ror__ come first.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        # (Box[int] is a typing._GenericAlias in CPython: its type is not printed)
        print(label, "->", repr(r), "(a union)" if type(r) is type(int | str) else "")

def params[T, *Ts, **P]():
    return T, Ts, P

T, Ts, P = params()
type A = int

class Box[X]:
    pass

class C:
    pass

operands = [int, None, type(None), list[int], int | str, T, P, Ts, A, 1, 2.5, b"b", [1], {}, (1, 2), (),
            ..., C, Box, Box[int]]
for x in operands:
    print("--", repr(x))
    show("type.__or__(int, x)", lambda: type.__or__(int, x))
    show("type.__ror__(int, x)", lambda: type.__ror__(int, x))
    show("(int | str).__or__(x)", lambda: (int | str).__or__(x))
    show("(int | str).__ror__(x)", lambda: (int | str).__ror__(x))
    show("T.__or__(x)", lambda: T.__or__(x))
    show("T.__ror__(x)", lambda: T.__ror__(x))
    show("P.__or__(x)", lambda: P.__or__(x))
    show("A.__or__(x)", lambda: A.__or__(x))
    show("A.__ror__(x)", lambda: A.__ror__(x))
    show("int | x", lambda: int | x)
    show("x | int", lambda: x | int)
    show("list[int] | x", lambda: list[int] | x)
    show("x | list[int]", lambda: x | list[int])
    show("(int | str) | x", lambda: (int | str) | x)
    show("x | (int | str)", lambda: x | (int | str))
    show("T | x", lambda: T | x)
    show("x | T", lambda: x | T)
    show("Box[int] | x", lambda: Box[int] | x)

show("None | None", lambda: None | None)
show("T | T", lambda: T | T)
show("Ts | int", lambda: Ts | int)
show("hash(u | [1])", lambda: hash((int | str) | [1]))
show("(u | [1]) == ([1] | u)", lambda: ((int | str) | [1]) == ([1] | (int | str)))
show("(u | 1) == (1 | u)", lambda: ((int | str) | 1) == (1 | (int | str)))
show("hash(u | 1) == hash(1 | u)", lambda: hash((int | str) | 1) == hash(1 | (int | str)))
show("long tuple", lambda: (int | str) | tuple(range(100)))

# classes defining their own | come first, on either side
class Meta(type):
    def __or__(cls, other):
        return ("Meta.__or__", cls.__name__, other)
    def __ror__(cls, other):
        return ("Meta.__ror__", cls.__name__, other)

class WithMeta(metaclass=Meta):
    pass

class D:
    def __or__(self, other):
        return "D.__or__"
    def __ror__(self, other):
        return "D.__ror__"

class E:
    def __or__(self, other):
        return NotImplemented
    def __ror__(self, other):
        return NotImplemented

class OnlyOr(metaclass=type("OrMeta", (type,), {"__or__": lambda c, o: "OrMeta.__or__"})):
    pass

show("WithMeta | int", lambda: WithMeta | int)
show("int | WithMeta", lambda: int | WithMeta)
show("WithMeta | None", lambda: WithMeta | None)
show("None | WithMeta", lambda: None | WithMeta)
show("(int | str) | WithMeta", lambda: (int | str) | WithMeta)
show("D() | int", lambda: D() | int)
show("int | D()", lambda: int | D())
show("int | D", lambda: int | D)
show("list[int] | D()", lambda: list[int] | D())
show("(int | str) | D()", lambda: (int | str) | D())
show("D() | (int | str)", lambda: D() | (int | str))
show("E() | int", lambda: E() | int)
show("int | E()", lambda: int | E())
show("(int | str) | E()", lambda: (int | str) | E())
show("OnlyOr | int", lambda: OnlyOr | int)
show("int | OnlyOr", lambda: int | OnlyOr)

# in-place |= builds a new union
u = int
u |= str
u |= None
print(u, type(u).__name__)

# a string is no class: type.__or__ and generic aliases refuse it (unions
# and type variables take it as a ForwardRef, which needs the typing module)
show("int | 'str'", lambda: int | "str")
show("'str' | int", lambda: "str" | int)
show("list[int] | 'x'", lambda: list[int] | "x")
show("'x' | list[int]", lambda: "x" | list[int])
show("None | 'x'", lambda: None | "x")
show("type.__or__(int, 'x')", lambda: type.__or__(int, "x"))
