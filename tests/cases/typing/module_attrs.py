# Where __module__ comes from for the typing objects: the classes of type
# parameters and Generic keep one in their __dict__; unions answer with
# their type's without listing it; generic aliases forward to the origin;
# template strings have none.

def params[T, *Ts, **P]():
    return T, Ts, P

T, Ts, P = params()
type A = int

class C[X]:
    pass

objects = [T, Ts, P, A, int | str, list[int] | None, list[int], dict[str, T], t"x", t"{1}".interpolations[0],
           T.__default__, C]
for x in objects:
    t = type(x)
    print(t.__name__, t.__module__, "__module__" in t.__dict__, repr(getattr(x, "__module__", "(none)")),
          "__module__" in dir(x))
print(C.__mro__[1].__module__, "__module__" in C.__mro__[1].__dict__)
