# types.GenericAlias: attributes forwarded to the origin, its own ones,
# dir(), the constructor, reprs of arguments, calls and __mro_entries__.

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

GA = type(list[int])
print(GA, GA.__name__, GA.__qualname__, GA.__module__)
a = list[int]
for name in ("__origin__", "__args__", "__parameters__", "__unpacked__", "__typing_unpacked_tuple_args__",
             "__name__", "__qualname__", "__module__", "__class__", "append", "__len__", "__bases__",
             "__copy__", "__deepcopy__", "__slots__", "zz"):
    show("list[int]." + name, lambda: getattr(a, name))
show("list[int].append is list.append", lambda: a.append is list.append)
print(sorted(set(dir(a)) - set(dir(list))), sorted(set(dir(list)) - set(dir(a))), dir(a) == sorted(dir(a)))
show("dict[str, int].fromkeys('ab')", lambda: dict[str, int].fromkeys("ab"))
show("list[int]([1, 2])", lambda: list[int]([1, 2]))
show("list[int]()", lambda: list[int]())
show("GA(list, int)", lambda: GA(list, int))
show("GA(list, (int, str))", lambda: GA(list, (int, str)))
show("GA(1, 2)", lambda: GA(1, 2))
show("GA(list)", lambda: GA(list))
show("GA(list, int, str)", lambda: GA(list, int, str))
show("GA(list, int, x=1)", lambda: GA(list, int, x=1))
show("GA(list, int) == list[int]", lambda: GA(list, int) == list[int])
show("list[int] == list[int]", lambda: list[int] == list[int])
show("list[int] == list[str]", lambda: list[int] == list[str])
show("list[int] == list", lambda: list[int] == list)
show("hash(list[int]) == hash(list[int])", lambda: hash(list[int]) == hash(list[int]))
show("hash(list[[1]])", lambda: hash(list[[1]]))
show("list[int].__mro_entries__(())", lambda: a.__mro_entries__(()))

class Sub(list[int]):
    pass
print(Sub.__mro__, Sub.__orig_bases__)

# how arguments are written
class M:
    pass
M.__module__ = 5
class N:
    pass
N.__module__ = None
class Q:
    pass
Q.__qualname__ = "Q.x.y"
class R:
    pass
R.__module__ = "builtins"
class S:
    pass
S.__module__ = "mymod"
def f():
    pass
class O:
    __qualname__ = "QQ"
    __module__ = "mm"
class W:
    def __repr__(self):
        return "W!"
class P:
    __origin__ = 1
    __args__ = 2
    def __repr__(self):
        return "P!"
class Bad:
    def __repr__(self):
        raise ValueError("bad repr")
class Looked:
    def __getattr__(self, name):
        print("  Looked.__getattr__", name)
        raise AttributeError(name)
    def __repr__(self):
        return "Looked"
for arg in (M, N, Q, R, S, f, print, len, O, W(), W, P(), 1, "s", None, type(None), ..., Looked(),
            [int, None, type(None), ...], [[int]], [], (), ((int,),), [int | None]):
    show("list[...]", lambda: list[arg])
    if not isinstance(arg, str):  # (a str becomes a typing.ForwardRef)
        show("union", lambda: type(int | str)[int, arg])
show("list[Bad()]", lambda: list[Bad()])
show("union with Bad()", lambda: repr(type(int | str)[int, Bad()]))
show("list[[Bad()]]", lambda: list[[Bad()]])

# type parameters, type aliases and templates name their module
def params[T, *Ts, **P]():
    return T, Ts, P
type A = int
for o in (*params(), A, list[int], int | str):
    show("o + 1", lambda: o + 1)
    show("type(o).zz", lambda: type(o).zz)
    print(type(o), type(o).__module__, type(o).__name__, getattr(o, "__module__", "-"))
t = t"{1}"
for o in (t, t.interpolations[0]):
    show("o - 1", lambda: o - 1)
    show("o.zz", lambda: o.zz)
    print(type(o), type(o).__module__, o.__module__)
show("int.zz", lambda: int.zz)
