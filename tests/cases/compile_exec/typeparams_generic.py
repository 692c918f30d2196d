# PEP 695 type parameters and type aliases compiled by exec(): generic
# functions and classes, bounds, constraints, defaults, lazy evaluation,
# their scopes and errors.
# lib: execprog
from execprog import run

run('''
def f[T: int, *Ts, **P](x: T = 1, *, y: int = 2) -> T:
    return x
print(f.__type_params__, f(), f.__defaults__, f.__kwdefaults__, f.__qualname__)
T, Ts, P = f.__type_params__
print(T.__bound__, Ts, P, f.__annotations__)
print(type(T).__name__, type(Ts).__name__, type(P).__name__)
def g[T](a, b=2): return (a, b)
def h[T](*, k=3): return k
def i[T](): return T
print(g(1), h(), i(), i.__type_params__)
''')

run('''
class C[T: (int, str) = int](dict, metaclass=type):
    x: T
    def m(self) -> T: pass
    def g[U](self, u: U) -> tuple[T, U]: pass
print(C.__type_params__, C.__bases__, C.__orig_bases__)
T, = C.__type_params__
print(T.__constraints__, T.__default__, C.__annotations__, C.m.__annotations__)
print(C.g.__qualname__, C.g.__type_params__, C.g.__annotations__)
print(C[int], C.__mro__)
class D[T]:
    pass
print(D.__bases__, D.__type_params__, D[str])
class E[*Ts, **P]:
    pass
print(E.__type_params__)
''')

run('''
type A[K] = list[K]
type B = int | str
print(A, A.__value__, A.__type_params__, B.__value__, A[int], B.__type_params__)
type Rec = list[Rec]
print(Rec.__value__)
type Lazy = undefined_name
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print(e)
''')

run('''
def outer():
    x = 1
    def inner[T](a: T) -> T:
        return x
    return inner
i = outer()
print(i.__qualname__, i(5))
class K:
    def meth[T](self): pass
    type Alias = K
    class Inner[T]: pass
print(K.meth.__qualname__, K.Alias.__value__, K.Inner.__qualname__)
''')

run('''
def f[T, T](): pass
''')

run('''
def f[T = int, *Ts = *tuple[int], **P = [int]](): pass
print([p.__default__ for p in f.__type_params__])
class C[T: undefined_bound = undefined_default]: pass
T, = C.__type_params__
print(T.__name__)
try:
    T.__bound__
except NameError as e:
    print(e)
try:
    T.__default__
except NameError as e:
    print(e)
''')

run('''
class Base:
    attr = 'from class'
    type InClass = attr
    def m[T: attr](self): pass
print(Base.InClass.__value__, Base.m.__type_params__[0].__bound__)
''')

run('''
def deco(fn):
    print('decorating', fn.__name__, fn.__type_params__)
    return fn
@deco
def f[T](): pass
@deco
class C[T]: pass
''')

run('''
class C[T]:
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(C(3).get(), C[int](4).get())
''')
