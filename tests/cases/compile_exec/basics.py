# compile()/exec() of source text: assignments, calls, functions, closures,
# classes, loops, imports, generators, f-strings, tracebacks.
# cwd: tmp
# lib: progrun
from progrun import run

run("""\
x = 1
print(x + 2, x * 3 - 1)
""")

run("""\
def f(a, b=2, *c, d=3, **e):
    "doc"
    return a + b, c, d, e
print(f(1), f(1, 2, 3, d=4, z=5), f.__doc__, f.__name__, f.__qualname__)
""")

run("""\
def outer():
    y = 10
    def inner(z):
        return y + z
    return inner
print(outer()(5))
""")

run("""\
l = [i * 2 for i in range(5) if i % 2]
print(l, {i: i for i in 'ab'}, {c for c in 'aab'})
print(list(x + 1 for x in range(3)))
""")

run("""\
class C:
    "cdoc"
    z = 1
    def m(self, q):
        self.q = q
        return self.q + self.z
    def __repr__(self): return 'C()'
class D(C):
    def m(self, q):
        return super().m(q) * 10
print(C().m(2), D().m(2), C.__doc__, C.__static_attributes__, C.__qualname__, D.m.__qualname__)
""")

run("""\
for i in range(10):
    if i == 3: continue
    if i > 5: break
    print(i)
else:
    print('no')
n = 0
while n < 3:
    n += 1
else:
    print('done', n)
""")

run("""\
a, *b, c = range(6)
print(a, b, c)
d = {}
d['x'] = 1
d['x'] += 5
print(d, 1 < 2 < 3, 1 < 3 < 2, not 0, -a, ~a, +a)
x = [1, 2, 3, 4]
x[1:3] = [9]
del x[0]
print(x, x[::2], x[1:])
""")

run("""\
import os.path
from os import path as p, sep
print(p is os.path, sep)
""")

run("""\
def g():
    yield 1
    x = yield 2
    print('got', x)
    yield from [3, 4]
it = g()
print(next(it), next(it), it.send('s'), list(it))
""")

run("""\
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{'y': 2}))
print(f"{1+1} {'a'!r:>5} {3.14159:.2f} {x=}")
""")

run("""\
def h():
    raise ValueError('bad')
def k():
    h()
k()
""")

run("""\
x = 5
def f():
    global x
    x = 6
f()
print(x)
def g():
    v = 1
    def h():
        nonlocal v
        v += 1
    h(); h()
    return v
print(g())
""")

run("""\
print((lambda a, b=2: a * b)(3), 1 if 0 else 2, [y := 5, y ** 2])
assert 1 == 2, 'msg'
""")

