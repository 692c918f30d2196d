# X | Y between classes, None, generic aliases, unions and type aliases:
# reprs, arguments, flattening, duplicates, equality and hashing.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r), type(r).__name__)

U = type(int | str)
print(U, repr(U), U.__module__, U.__name__, U.__qualname__, U.__mro__, U.__doc__)

class C:
    pass

class Meta(type):
    pass

class M(metaclass=Meta):
    pass

type A = int
type B[K] = list[K]

cases = {
    "int | str": lambda: int | str,
    "list[int] | None": lambda: list[int] | None,
    "int | list[str]": lambda: int | list[str],
    "None | int": lambda: None | int,
    "None | list[int]": lambda: None | list[int],
    "list[int] | list[int]": lambda: list[int] | list[int],
    "list[int] | list[str]": lambda: list[int] | list[str],
    "list | list[int]": lambda: list | list[int],
    "int | int": lambda: int | int,
    "int | None | None": lambda: int | None | None,
    "type(None) | int": lambda: type(None) | int,
    "int | type(None)": lambda: int | type(None),
    "(int | str) | float": lambda: (int | str) | float,
    "int | (str | float)": lambda: int | (str | float),
    "(int | str) | (str | float)": lambda: (int | str) | (str | float),
    "(int | str) | (int | str)": lambda: (int | str) | (int | str),
    "int | str | int": lambda: int | str | int,
    "C | int": lambda: C | int,
    "int | C": lambda: int | C,
    "M | None": lambda: M | None,
    "A | int": lambda: A | int,
    "int | A": lambda: int | A,
    "A | None": lambda: A | None,
    "B[int] | None": lambda: B[int] | None,
    "B | C": lambda: B | C,
    "tuple[int, ...] | None": lambda: tuple[int, ...] | None,
    "dict[str, list[int]] | set[int]": lambda: dict[str, list[int]] | set[int],
    "list[int | str]": lambda: list[int | str],
    "list[int | None] | None": lambda: list[int | None] | None,
    "bool | int | float | complex | str | bytes": lambda: bool | int | float | complex | str | bytes,
}
for label, f in cases.items():
    show(label, f)

u = list[int] | None
print(u.__args__, u.__parameters__, u.__origin__, u.__name__, u.__qualname__)
print((int | str).__args__, (None | int).__args__, (int | str | float).__args__)
print(str(int | str), format(int | str), f"{int | str!r}", f"{int | str}")
print(type(int | str) is type(list[int] | None), (int | str).__class__, (int | str).__module__)

# equality and hashing ignore the order, and repeated arguments
print(int | str == str | int, int | str != str | int, int | str == int | str | int)
print((int | str) == (int | float), (int | str) == int, (int | str) == (int, str))
print(hash(int | str) == hash(str | int), hash(int | str) == hash(frozenset((int, str))))
print((list[int] | None) == (None | list[int]), (list[int] | dict) == (dict | list[int]))
print({int | str: 1}[str | int], len({int | str, str | int, int | float}))
print((int | str) == (int | str | None), (int | str) is (int | str))

# unions are not orderable, not callable, cannot be instantiated or subclassed
show("(int | str) < (int | str)", lambda: (int | str) < (int | str))
show("(int | str)()", lambda: (int | str)())
show("U()", lambda: U())
show("U(int)", lambda: U(int))
show("__mro_entries__", lambda: (int | str).__mro_entries__(()))
try:
    class X(int | str):
        pass
except TypeError as e:
    print("class X(int | str):", e)
try:
    (int | str).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (int | str).zz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    U.zz
except AttributeError as e:
    print(type(e).__name__, e)
print(bool(int | str), (int | str).__args__[0] is int)
print([n for n in ("__args__", "__parameters__", "__origin__", "__or__", "__ror__", "__getitem__",
                   "__class_getitem__", "__mro_entries__", "__instancecheck__") if n in dir(int | str)])
print(dir(int | str) == sorted(dir(int | str)))
