# __parameters__ of unions and generic aliases, and substitution:
# (list[T] | None)[int], list[T][int], defaults, argument counts, and the
# arguments typing refuses.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r), type(r).__name__ if type(r).__name__ != "_GenericAlias" else "")

def params[T, K, V, D = int]():
    return T, K, V, D

T, K, V, D = params()
U = type(int | str)
type B[Q] = list[Q]

class C[X]:
    pass

Generic = C.__mro__[1]
GenericX = C.__orig_bases__[0]

cases = {
    "list[T].__parameters__": lambda: list[T].__parameters__,
    "list[int].__parameters__": lambda: list[int].__parameters__,
    "(int | str).__parameters__": lambda: (int | str).__parameters__,
    "(T | int).__parameters__": lambda: (T | int).__parameters__,
    "(list[T] | None).__parameters__": lambda: (list[T] | None).__parameters__,
    "(list[T] | dict[T, str]).__parameters__": lambda: (list[T] | dict[T, str]).__parameters__,
    "(K | V).__parameters__": lambda: (K | V).__parameters__,
    "(V | dict[K, V]).__parameters__": lambda: (V | dict[K, V]).__parameters__,
    "(dict[K, V] | V).__parameters__": lambda: (dict[K, V] | V).__parameters__,
    "list[T, T].__parameters__": lambda: list[T, T].__parameters__,
    "list[[T, K]].__parameters__": lambda: list[[T, K]].__parameters__,
    "list[(T, [K, (V,)])].__parameters__": lambda: list[(T, [K, (V,)])].__parameters__,
    "list[int | T].__parameters__": lambda: list[int | T].__parameters__,
    "(B | None).__parameters__": lambda: (B | None).__parameters__,
    "(B[int] | None).__parameters__": lambda: (B[int] | None).__parameters__,
    "(C | None).__parameters__": lambda: (C | None).__parameters__,
    "list[C].__parameters__": lambda: list[C].__parameters__,
    "U[int, [T]].__parameters__": lambda: U[int, [T]].__parameters__,
    "B.__parameters__": lambda: B.__parameters__,

    "list[T][int]": lambda: list[T][int],
    "list[T][(int,)]": lambda: list[T][(int,)],
    "dict[T, list[T]][int]": lambda: dict[T, list[T]][int],
    "dict[str, T][int]": lambda: dict[str, T][int],
    "dict[K, V][int, str]": lambda: dict[K, V][int, str],
    "list[T, K][int, str]": lambda: list[T, K][int, str],
    "list[T, T][int]": lambda: list[T, T][int],
    "list[int | T][str]": lambda: list[int | T][str],
    "list[T][int | str]": lambda: list[T][int | str],
    "list[T][None]": lambda: list[T][None],
    "list[T][...]": lambda: list[T][...],
    "list[T][T]": lambda: list[T][T],
    "list[T][K]": lambda: list[T][K],
    "list[T][K].__parameters__": lambda: list[T][K].__parameters__,
    "list[T][dict[K, V]].__parameters__": lambda: list[T][dict[K, V]].__parameters__,
    "list[T][[1]]": lambda: list[T][[1]],
    "list[T][1]": lambda: list[T][1],
    "list[[T, K]][int, str]": lambda: list[[T, K]][int, str],
    "list[[T], [[T]]][int].__args__": lambda: list[[T], [[T]]][int].__args__,
    "list[(T, T)][int]": lambda: list[(T, T)][int],
    "tuple[T, D][int]": lambda: tuple[T, D][int],
    "tuple[T, D][int, str]": lambda: tuple[T, D][int, str],
    "tuple[D][()]": lambda: tuple[D][()],
    "B[T][int]": lambda: B[T][int],

    "(list[T] | None)[int]": lambda: (list[T] | None)[int],
    "(list[T] | None)[int | str]": lambda: (list[T] | None)[int | str],
    "(T | None)[int | str]": lambda: (T | None)[int | str],
    "(T | int)[str]": lambda: (T | int)[str],
    "(T | int)[int]": lambda: (T | int)[int],
    "(int | T)[float | complex]": lambda: (int | T)[float | complex],
    "(int | T)[T]": lambda: (int | T)[T],
    "(list[T] | list[int])[int]": lambda: (list[T] | list[int])[int],
    "(list[T] | T)[int]": lambda: (list[T] | T)[int],
    "(list[T] | T)[(int,)]": lambda: (list[T] | T)[(int,)],
    "(list[T] | T)[None]": lambda: (list[T] | T)[None],
    "(list[T] | T)[None].__args__": lambda: (list[T] | T)[None].__args__,
    "(list[T] | T)[1]": lambda: (list[T] | T)[1],
    "(K | V)[int, str]": lambda: (K | V)[int, str],
    "(dict[K, V] | V)[int, str]": lambda: (dict[K, V] | V)[int, str],
    "(B | None)[int]": lambda: (B | None)[int],
    "(list[[T]] | None)[int]": lambda: (list[[T]] | None)[int],
    "U[int, [T]][str]": lambda: U[int, [T]][str],
    "(T | D)[int]": lambda: (T | D)[int],
    "(T | D)[int, str]": lambda: (T | D)[int, str],
    "(C | T)[int]": lambda: (C | T)[int],

    # argument counts
    "list[int][int]": lambda: list[int][int],
    "(int | str)[int]": lambda: (int | str)[int],
    "list[T][int, str]": lambda: list[T][int, str],
    "list[T][()]": lambda: list[T][()],
    "dict[K, V][int]": lambda: dict[K, V][int],
    "dict[K, V][()]": lambda: dict[K, V][()],
    "dict[K, V][int, str, float]": lambda: dict[K, V][int, str, float],
    "(list[T] | None)[int, str]": lambda: (list[T] | None)[int, str],
    "(list[T] | T)[()]": lambda: (list[T] | T)[()],
    "(K | V)[int]": lambda: (K | V)[int],
    "(K | V)[int, str, float]": lambda: (K | V)[int, str, float],
    "tuple[T, K, D][int]": lambda: tuple[T, K, D][int],
    "tuple[T, K, D][()]": lambda: tuple[T, K, D][()],
    "(T | K | D)[int]": lambda: (T | K | D)[int],
    "(D | T)[int]": lambda: (D | T)[int],

    # arguments typing refuses
    "list[T][((1, 2),)]": lambda: list[T][((1, 2),)],
    "list[T][(1, 2), int]": lambda: list[T][(1, 2), int],
    "list[T][(('a' * 200,),)]": lambda: list[T][(("a" * 200,),)],
    "(list[T] | T)[((1, 2),)]": lambda: (list[T] | T)[((1, 2),)],
    "list[T][Generic]": lambda: list[T][Generic],
    "list[T][GenericX]": lambda: list[T][GenericX],
    "(T | int)[GenericX]": lambda: (T | int)[GenericX],
    "(T | int)[Generic]": lambda: (T | int)[Generic],
    "dict[K, V][((1,),), ((2,),)]": lambda: dict[K, V][((1,),), ((2,),)],
}
for label, f in cases.items():
    show(label, f)

# objects that stand for parameters, or carry some, by their attributes
class Sub:
    def __typing_subst__(self, arg):
        print("  Sub.__typing_subst__", arg)
        return ("S", arg)
    def __repr__(self):
        return "Sub"

class Par:
    __parameters__ = (T,)
    def __getitem__(self, key):
        print("  Par.__getitem__", key)
        return ("P", key)
    def __repr__(self):
        return "Par"

class Par2:
    __parameters__ = (K, T)
    def __getitem__(self, key):
        print("  Par2.__getitem__", key)
        return ("P2", key)
    def __repr__(self):
        return "Par2"

class BadParams:
    __parameters__ = 5

class ListParams:
    __parameters__ = [T]

class Raising:
    @property
    def __parameters__(self):
        raise ValueError("no parameters here")

s = Sub()
more = {
    "list[s].__parameters__": lambda: list[s].__parameters__,
    "list[s][int]": lambda: list[s][int],
    "(int | s).__parameters__": lambda: U[int, s].__parameters__,
    "list[Par()].__parameters__": lambda: list[Par()].__parameters__,
    "list[Par()][int]": lambda: list[Par()][int],
    "list[Par2()][int, str]": lambda: list[Par2()][int, str],
    "list[Par2(), T, K].__parameters__": lambda: list[Par2(), T, K].__parameters__,
    "list[Par2(), T, K][int, str]": lambda: list[Par2(), T, K][int, str],
    "list[BadParams()].__parameters__": lambda: list[BadParams()].__parameters__,
    "list[ListParams()].__parameters__": lambda: list[ListParams()].__parameters__,
    "list[Raising()].__parameters__": lambda: list[Raising()].__parameters__,
    "U[int, Par()].__parameters__": lambda: U[int, Par()].__parameters__,
    "U[int, Par()][str]": lambda: U[int, Par()][str],
}
for label, f in more.items():
    show(label, f)
