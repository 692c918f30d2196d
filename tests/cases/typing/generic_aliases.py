def f[T: (int, str) = int](): pass
T = f.__type_params__[0]
print(T.__constraints__, T.__default__, T.__bound__, T.has_default(), T.__covariant__, T.__infer_variance__)
class C[X]: pass
print(repr(C[int]), C[int].__origin__, C[int].__args__, repr(list[int]), repr(dict[str, list[int]]), list[int]([1]))
print(repr(C.__orig_bases__[0]), repr(C.__orig_bases__[0].__origin__), C.__mro__)
type A[K] = dict[str, K]
print(repr(A[int]), A.__module__)
def g[*Ts](): pass
def h[**P](): pass
print(repr(g.__type_params__[0]), repr(h.__type_params__[0]), type(h.__type_params__[0]))
def k[U](): pass
print(k.__type_params__[0].__default__, k.__type_params__[0].has_default())
class D(C[int]): pass
print(D.__mro__, D.__orig_bases__)
