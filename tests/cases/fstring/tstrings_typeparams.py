name = "world"; w = 8
t = t"hello {name!r:>{w}} and {3+4}"
print(type(t), type(t).__module__, type(t).__qualname__)
print(repr(t))
print(t.strings, t.values)
for i in t.interpolations: print(repr(i), i.value, i.expression, i.conversion, i.format_spec)
print(list(t))
print(repr(t + t"!"), repr(t"" ))
i = t.interpolations[0]
print(type(i), i.__match_args__)
try: t + "x"
except TypeError as e: print(e)
def f[T: int, *Ts, **P](x: T) -> T: return x
print(f.__type_params__, f.__annotations__)
T = f.__type_params__[0]
print(repr(T), T.__name__, T.__bound__, type(T), type(T).__module__)
class C[T]:
    pass
print(C.__type_params__, C.__mro__, C.__orig_bases__ if hasattr(C, "__orig_bases__") else None)
type Alias[K] = list[K]
print(repr(Alias), Alias.__name__, Alias.__type_params__, type(Alias))
type A2 = int
print(A2.__value__)
