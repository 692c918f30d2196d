# Evaluation order, defaults, metaclasses, unpacking, chained comparisons,
# code object attributes, through compile().
# cwd: tmp
# lib: progrun
from progrun import run

run("""\
order = []
def t(v):
    order.append(v)
    return v
d = {t('k1'): t('v1'), t('k2'): t('v2')}
dc = {t(k): t(v) for k, v in [('a', 'b')]}
t(1)(t(2)) if False else None
lst = [0, 0]
lst[t(0)] += t(5)
print(order, d, dc, lst)
""")

run("""\
def deco(cls):
    cls.tag = 'decorated'
    return cls
@deco
class K:
    pass
print(K.tag)
def mk(n):
    return lambda x, n=n: x + n
print([mk(i)(10) for i in range(3)])
""")

run("""\
import itertools
data = iter(range(10))
while (chunk := list(itertools.islice(data, 3))):
    print(chunk)
print([y for x in range(6) if (y := x * x) % 2])
""")

run("""\
def f(*, a=print('evaluated a'), b):
    return a, b
print(f(b=2))
def g(x=[]):
    x.append(1)
    return x
g(); print(g())
""")

run("""\
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta', name, kw, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(m, name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
    def m(self): pass
bases = (object,)
class B(*bases, **{'metaclass': Meta}):
    pass
print(type(A).__name__, B.__mro__[-1])
""")

run("""\
x = 'global'
def outer():
    x = 'enclosing'
    def reader():
        return x
    def writer():
        global x
        x = 'changed'
    writer()
    return reader()
print(outer(), x)
""")

run("""\
def counter():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    bump(); bump(5)
    return count, bump.__closure__[0].cell_contents
print(counter())
""")

run("""\
def f(a, b):
    return a + b
args = (1,)
print(f(*args, b=2), f(**{'a': 1, 'b': 3}), f(*[1], *[4]))
f(1, 2, 3)
""")

run("""\
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: (yield))().__class__.__name__)
print([(lambda q: q * 2)(i) for i in range(3)])
""")

run("""\
s = 0
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    s += i * (a + b)
print(s)
for x in []:
    pass
else:
    print('empty else')
i = 10
for i in range(2): pass
print(i)
""")

run("""\
x = [[1, 2], [3, 4]]
x[0][1], x[1][0] = x[1][0], x[0][1]
print(x)
a = b = c = []
a.append(1)
print(b, c is a)
(p, q), r = 'ab', 'c'
print(p, q, r)
""")

run("""\
print(1 < 2 == 2 < 3, (1 < 2) == True, 1 == 1.0 != 2, 'a' in 'abc' in ['abc'])
n = 5
print(0 <= n < 10, not 0 <= n < 3)
if 0 < n < 3 or n > 4 and not n == 6:
    print('cond')
print(n if n > 3 else -n, [n for n in range(3)], n)
""")

run("""\
class A:
    def f(self):
        return __class__
    def g(self):
        return super().__repr__ is not None
print(A().f() is A, A().g(), A.__dict__.get('__classcell__'), '__classdictcell__' in A.__dict__)
""")

run("""\
class B:
    __x = 1
    def get(self): return self.__x
    def __priv(self): return 'p'
    def call(self): return self.__priv()
print(B().get(), B().call(), sorted(k for k in B.__dict__ if 'x' in k or 'priv' in k))
""")

run("""\
def f():
    x = 1
    return locals()
print(f())
def g(a, *args, **kw):
    b = 2
    return sorted(locals())
print(g(1))
""")

run("""\
o = type('O', (), {})()
o.a = [1, 2, 3]
o.a[1] += 10
o.n = 5
o.n **= 2
o.a[0:2] = [7]
print(o.a, o.n)
s = 'abc'
s *= 2
print(s)
del o.n
print(hasattr(o, 'n'))
""")

run("""\
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
[e, f] = 'xy'
print(e, f)
*g, = range(3)
print(g)
x = y = z = 0
print(x, y, z)
""")

run("""\
print(f"{'nested ' + f'{1 + 1}'}", f"{3!s:>4}|{'x'!a}", f"{{}} {1:{'>'}{3}}")
w = 5
print(f"{w=}", f"{w = :>4}", f"{w!r:^7}")
""")

run("""\
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(10)])
print(sum(i for i in range(100) if i % 3 == 0))
print(max((len(s), s) for s in ['a', 'bbb', 'cc']))
""")

run("""\
def kw(a, b, /, c, *, d, **rest):
    return a, b, c, d, rest
print(kw(1, 2, 3, d=4, e=5))
print(kw(*(1, 2), **{'c': 3, 'd': 4}))
args = [1]
print(kw(*args, 2, c=3, **{'d': 4}, z=1))
kw(1, 2, 3)
""")

run("""\
import math as m, collections.abc
from collections import OrderedDict as OD, defaultdict
print(m.pi > 3, collections.abc.Mapping, OD, defaultdict)
from os.path import *
print(join('a', 'b'))
""")

run("""\
def gen():
    try_ = 1
    yield try_
    return 2
g = gen()
print(g.__name__, g.__qualname__, type(g).__name__, next(g))
print(gen.__code__.co_flags & 0x20 != 0)
async def co(): pass
c = co()
print(type(c).__name__, co.__code__.co_flags & 0x80 != 0)
c.close()
async def ag():
    yield 1
print(type(ag()).__name__)
""")

run("""\
x = 0
while True:
    x += 1
    if x > 4:
        break
print(x)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print('never')
""")

run("""\
def outer():
    def mid():
        def inner():
            return v
        return inner
    v = 'deep'
    return mid()()
print(outer(), outer.__code__.co_cellvars)
""")

run("""\
lst = [1, 2, 3]
print(lst[-1], lst[::-1], lst[1:], lst[:1], lst[:], (1, 2)[0])
d = {'a': 1, **{'b': 2}}
print(d, {**d, 'c': 3}, {1, 2, *[3, 4]}, [*lst, *lst], (*lst,))
print(not lst, -lst[0], lst is lst, lst is not None, 2 in lst, 5 not in lst)
print(1 < 2 > 0 != 3 == 3 <= 4 >= 4)
""")

run("""\
import sys
def where():
    return sys._getframe(1).f_lineno
a = where()
b = (
  where()
)
print(a, b)
""")

run("""\
def f(): return 1
print(f.__code__.co_firstlineno, f.__code__.co_name, f.__code__.co_qualname, f.__code__.co_argcount, f.__code__.co_nlocals)
@staticmethod
def g(x, y): z = x; return z
print(g.__func__.__code__.co_firstlineno, g.__func__.__code__.co_varnames)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
""")

run("""\
d = {i: i for i in range(3)}
big = {0: 'a', 1: 'b', 2: 'c', 3: 'd', 4: 'e', 5: 'f', 6: 'g', 7: 'h', 8: 'i', 9: 'j', 10: 'k', 11: 'l', 12: 'm', 13: 'n', 14: 'o', 15: 'p', 16: 'q', 17: 'r', 18: 's', 19: 't', **d, 'z': 1, **{'y': 2}}
print(big, len(big))
print({**d}, {}, {1: 2, **d, **{5: 6}, 3: 4}, {1: 1, 1: 2})
print(1 in [1, 2], 3 not in {1, 2}, [x for x in [1, 2, 3]], [y for y in {5}])
a = 1
print(a in [a, 2], [q for q in [a, a + 1]])
""")

