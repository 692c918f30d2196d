# compile()/exec() of source text: tracebacks with carets, classes and
# decorators, closures, async code, scoping of comprehensions, errors.
# cwd: tmp
# lib: progrun
from progrun import run

run("""\
def f(a, b):
    return a / b + 1
def g():
    x = [1, 2]
    return f(x[0], 0) * 2
g()
""")

run("""\
d = {'a': {'b': None}}
print(d['a']['b'].upper())
""")

run("""\
class A:
    def __init__(self):
        self.x = 1
    @property
    def p(self):
        return self.x + 1
    @staticmethod
    def s(y): return y
    @classmethod
    def c(cls): return cls.__name__
a = A()
print(a.p, A.s(3), A.c(), A.__firstlineno__, A.__module__, A.__static_attributes__)
""")

run("""\
def deco(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y=1, *, z=2):
    return x + y + z
print(add(1, z=5), add.__qualname__)
""")

run("""\
def make():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    return [f() for f in fs]
print(make())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__code__.co_freevars, counter.__code__.co_cellvars)
""")

run("""\
import asyncio
async def a1(x):
    await asyncio.sleep(0)
    return x * 2
async def agen():
    for i in range(3):
        yield i
async def main():
    r = await a1(4)
    s = [v async for v in agen()]
    t = [await a1(v) for v in range(2)]
    async for q in agen():
        print('q', q)
    print(r, s, t)
asyncio.run(main())
""")

run("""\
def f(a, /, b, *, c):
    return a, b, c
print(f(1, 2, c=3))
try_it = f
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
f(a=1, b=2, c=3)
""")

run("""\
x = 10
class C:
    x = 20
    y = [x for _ in range(2)]
    def m(self): return x
print(C.y, C().m())
""")

run("""\
def outer():
    a = 1
    class Inner:
        b = a + 1
        def m(self): return a + self.b
    return Inner
I = outer(); print(I.b, I().m(), I.__qualname__, I.m.__qualname__)
""")

run("""\
print([[i * j for j in range(3)] for i in range(3)])
print({k: [v for v in range(k)] for k in range(3)})
g = (x * y for x in range(3) for y in range(2) if x != y)
print(list(g))
print([y for x in [[1, 2], [3]] for y in x])
print([(z := i) for i in range(3)], z)
""")

run("""\
print(1 if True and not False or None else 2)
a = b = 3
if a == 3 and (b > 2 or b < 0) and not (a is None):
    print('yes')
if 1 < a < 5: print('in')
if not 1 < a < 2: print('out')
while a and b:
    a -= 1
print(a, b)
""")

run("""\
x = 1
def f():
    print(x)
    x = 2
f()
""")

run("""\
def f():
    del y
    y = 1
f()
""")

run("""\
print(undefined_name)
""")

run("""\
[].foo
""")

run("""\
import sys
print(__name__, __doc__)
def h(*, k): pass
h(1)
""")

