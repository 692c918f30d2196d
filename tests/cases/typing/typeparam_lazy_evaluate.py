# evaluate_* of parameters from the type parameter syntax: the compiler's functions
def f[T: int, *Ts = int, **P = [int], U: (int, str) = str, V = 'X'](): pass

T, Ts, P, U, V = f.__type_params__
print(T.evaluate_bound.__name__, T.evaluate_bound.__qualname__, T.evaluate_constraints, T.evaluate_default)
print(U.evaluate_constraints.__name__, U.evaluate_default.__name__, U.evaluate_bound)
print(Ts.evaluate_default.__name__, P.evaluate_default.__name__, hasattr(Ts, 'evaluate_bound'), hasattr(P, 'evaluate_bound'))
print(T.evaluate_bound(1), T.evaluate_bound(2), U.evaluate_constraints(1), Ts.evaluate_default(1), P.evaluate_default(1))
for fmt in (3, 4):
    try:
        print(T.evaluate_bound(fmt))
    except NotImplementedError:
        print('NotImplementedError', fmt)
print(T.__bound__, T.evaluate_bound is T.evaluate_bound, T.evaluate_bound(1))
print(V.__default__, V.has_default(), T.has_default(), Ts.has_default(), P.has_default())
code = T.evaluate_bound.__code__
print(code.co_posonlyargcount, code.co_argcount, code.co_varnames, code.co_name, code.co_qualname)


class C[K: (bytes, str), L = list[K]]:
    pass


K, L = C.__type_params__
print(K.evaluate_constraints(1), L.evaluate_default(1), L.__default__, C[str].__args__ if hasattr(C[str], '__args__') else None)
type A[X: int = bool] = list[X]
X, = A.__type_params__
print(X.evaluate_bound(1), X.evaluate_default(1), X.__bound__, X.__default__, A.__value__)
