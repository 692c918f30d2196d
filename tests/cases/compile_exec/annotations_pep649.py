# Annotations compiled by exec() (PEP 649): __annotate__ functions of
# functions, modules and classes; conditional annotations; names seen from
# class bodies; annotated targets that are not names.
# lib: execprog
from execprog import run

run('''
def f(a: int, /, b: 'x', *c: str, d: list[int] = 3, **e: None) -> bool: pass
print(f.__annotations__)
print(f.__annotate__(1), f.__annotate__.__qualname__, f.__annotate__.__name__)
print(f.__kwdefaults__)
try:
    f.__annotate__(3)
except NotImplementedError as e:
    print('NotImplementedError', e.args)
def g(x: undefined): pass
g.__annotate__ is not None and print('lazy: not evaluated at def time')
try:
    g.__annotations__
except NameError as e:
    print(e)
def h(x, y=1): pass
print(h.__annotate__, h.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
''')

run('''
x: int = 1
y: str
if x:
    z: float
else:
    w: bytes
print(__annotations__)
print(__annotate__(1))
print(sorted(__conditional_annotations__))
''')

run('''
class C:
    a: int
    b: list[a] = 3
    if 1:
        c: float
    else:
        d: str
    def m(self, v: a) -> 'C': pass
    __p: int
print(C.__annotations__, C.b)
print(C.m.__annotations__, C.m.__annotate__.__qualname__)
print(C.__annotate__.__qualname__)
''')

run('''
def outer():
    T = int
    class K:
        x: T
        y: list[T]
        T = str
        z: T
    def inner(a: T) -> T: pass
    return K, inner
K, inner = outer()
print(K.__annotations__, inner.__annotations__)
''')

run('''
def f():
    x: int = 5
    y: undefined
    z.a: int
    return x
print(f())
class D:
    (y): int = 3
    z = [1]
    z[0]: int
    z[0:1]: int
print(D.__annotations__, D.y)
''')

run('''
class E:
    x: undefined
try:
    E.__annotations__
except NameError as e:
    print(e)
print('class made')
''')

run('''
def f():
    undefined.attr: int
f()
''')

run('''
def f(*args: *tuple[int, str]): pass
print(f.__annotations__)
''')

run('''
class Outer:
    class Inner:
        v: int
    def meth(self) -> Inner: pass
print(Outer.meth.__annotations__, Outer.Inner.__annotations__)
''')

run('''
def deco(fn):
    print('decorating', fn.__name__, fn.__annotations__)
    return fn
@deco
def f(x: int) -> str: pass
''')

run('''
global_name = 'g'
class C:
    global_name = 'class'
    def f(self, x: global_name): pass
    y: global_name
print(C.f.__annotations__, C.__annotations__)
''')
