# Annotation and type parameter scopes: what may not appear in them, reserved
# names, nonlocal type parameters (SyntaxErrors and their positions), and
# names seen from class bodies.
# lib: execprog
from execprog import run

for src in [
    'def f(x: (yield)): pass',
    'def f(x: (y := 1)): pass',
    'async def f(x: await g()): pass',
    'x: (yield) = 1',
    'class C:\n    x: (y := 1)',
    'def f[T: (yield)](): pass',
    'def f[T: (int, (yield))](): pass',
    'def f[T = (yield)](): pass',
    'def f[*T = (yield)](): pass',
    'def f[**T = (yield)](): pass',
    'def f[T: (y := 1)](): pass',
    'def f[T: (await x)](): pass',
    'class C[T]((yield)): pass',
    'class C[T](x := 1): pass',
    'class C[T](k=(yield)): pass',
    'class C[T: (x := 1)]: pass',
    'type A = (yield)',
    'type A[T] = (yield)',
    'type A = (await x)',
    'type A[T] = (x := 1)',
    'def f[T](): nonlocal T',
    'def f[T]():\n    def g():\n        nonlocal T\n',
    'def f[T]():\n    global T\n    T = 1\nprint("global T is allowed")',
    'def f[__classdict__](): pass',
    'class C:\n    def f[__classdict__](): pass',
    'def f[T, T](): pass',
    'class C[T, *T]: pass',
    'type A[**P, P] = int',
    'def f(x: (z for z in (yield))): pass',
    'def f(x: (await z for z in y)): pass\nprint("await inside a generator expression is allowed")',
    'class C[T: (lambda: (yield))]: pass\nprint("yield inside a lambda is allowed")',
]:
    run(src)

run('''
class C[T]:
    def m(self):
        return super().__class__.__name__, __class__
print(C().m())
''')

run('''
type A[T] = lambda: T
print(A.__value__())
''')

run('''
class C:
    x: int
    def f(self):
        y: int = 3
        return y
print(C().f(), C.__annotations__)
''')

run('''
class Meta(type):
    pass
class C[T](metaclass=Meta):
    pass
print(type(C), C.__type_params__)
''')

run('''
def f[T](x: T, *args: T, **kw: T): return x, args, kw
print(f(1, 2, k=3), f.__annotations__)
''')

run('''
def outer():
    class C[T]:
        def g[U](self, a: T, b: U): pass
    return C
C = outer()
print(C.__qualname__, C.g.__qualname__, C.g.__annotations__)
''')

run('''
class A:
    B = int
    class C[T: B]: pass
    def f[T: B](self) -> B: pass
    type Alias[T] = list[B]
print(A.C.__type_params__[0].__bound__, A.f.__type_params__[0].__bound__, A.f.__annotations__)
print(A.Alias.__value__)
''')

run('''
try:
    pass
except* ():
    pass
print('empty tuple ok')
try:
    raise ValueError
except* ():
    pass
''')
