# typing.Union[...] (reached as type(int | str)): flattening, None,
# repeated and unhashable arguments, a single argument, and the arguments
# it refuses.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r), type(r).__name__)

def params[T]():
    return T

T = params()
U = type(int | str)

class C[X]:
    pass

Generic = C.__mro__[1]
GenericX = C.__orig_bases__[0]

class Eq:
    """Equal to every Eq, with one hash: repeats collapse."""
    def __eq__(self, other):
        return isinstance(other, Eq)
    def __hash__(self):
        return 7
    def __repr__(self):
        return "Eq()"

class Boom:
    def __hash__(self):
        raise ValueError("no hash")

cases = {
    "U[int, str]": lambda: U[int, str],
    "U[int]": lambda: U[int],
    "U[int, int]": lambda: U[int, int],
    "U[int, None]": lambda: U[int, None],
    "U[None]": lambda: U[None],
    "U[None, None]": lambda: U[None, None],
    "U[type(None)]": lambda: U[type(None)],
    "U[int, None, int]": lambda: U[int, None, int],
    "U[int | str, float]": lambda: U[int | str, float],
    "U[int | str, str | int]": lambda: U[int | str, str | int],
    "U[()]": lambda: U[()],
    "U[1]": lambda: U[1],
    "U[int, 1]": lambda: U[int, 1],
    "U[1, True]": lambda: U[1, True],
    "U[1, 1.0]": lambda: U[1, 1.0],
    "U[True, 1]": lambda: U[True, 1],
    "U[[1], [1]]": lambda: U[[1], [1]],
    "U[[1], [True]]": lambda: U[[1], [True]],
    "U[[int]]": lambda: U[[int]],
    "U[int, [int]]": lambda: U[int, [int]],
    "U[int, ...]": lambda: U[int, ...],
    "U[T]": lambda: U[T],
    "U[T, int]": lambda: U[T, int],
    "U[T, int][str]": lambda: U[T, int][str],
    "U[Eq(), Eq()]": lambda: U[Eq(), Eq()],
    "U[int, Eq(), str, Eq()]": lambda: U[int, Eq(), str, Eq()],
    "U[Generic]": lambda: U[Generic],
    "U[Generic, int]": lambda: U[Generic, int],
    "U[GenericX]": lambda: U[GenericX],
    "U[int, GenericX]": lambda: U[int, GenericX],
    "U[int, (int,)]": lambda: U[int, (int,)],
    "U[(int,), int]": lambda: U[(int,), int],
    "U[int, ()]": lambda: U[int, ()],
    "U[int, tuple(range(60))]": lambda: U[int, tuple(range(60))],
    "U[int, Boom()]": lambda: U[int, Boom()],

    "U[int, [1]] == U[[1], int]": lambda: U[int, [1]] == U[[1], int],
    "U[int, [1], [2]] == U[int, [2], [1]]": lambda: U[int, [1], [2]] == U[int, [2], [1]],
    "U[int, [1], [2]] == U[int, [2], [1], [2]]": lambda: U[int, [1], [2]] == U[int, [2], [1], [2]],
    "U[int, [1], [2]] == U[int, [2]]": lambda: U[int, [1], [2]] == U[int, [2]],
    "U[int, [1]] == U[str, [1]]": lambda: U[int, [1]] == U[str, [1]],
    "U[int, {}] == U[{}, int]": lambda: U[int, {}] == U[{}, int],
    "U[1, 2] == U[2, 1]": lambda: U[1, 2] == U[2, 1],
    "U[1, 2] == U[True, 2]": lambda: U[1, 2] == U[True, 2],
    "hash(U[1, 2])": lambda: hash(U[1, 2]),
    "hash(U[1, 2]) == hash(U[2, 1])": lambda: hash(U[1, 2]) == hash(U[2, 1]),
    "hash(U[int, [1]])": lambda: hash(U[int, [1]]),
    "hash(U[int, {}])": lambda: hash(U[int, {}]),
    "U[int, str] == (int | str)": lambda: U[int, str] == (int | str),
    "U.__getitem__": lambda: U.__getitem__,
}
for label, f in cases.items():
    show(label, f)

# the arguments of a union keep the first of equal ones, in order
u = U[1, 2, 1.0, True, 2.0, 3]
print(u, u.__args__)
# a list argument changed afterwards is still the same object
l = [1]
u = U[int, l]
l.append(2)
print(u, u.__args__[1] is l)
