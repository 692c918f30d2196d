# match statements compiled by exec(): every pattern kind, guards, captures.
# lib: execprog
from execprog import run

run('''
def m(x):
    match x:
        case 0 | 1 | 2:
            return 'small'
        case -1:
            return 'neg one'
        case 1+2j:
            return 'complex'
        case -1.5-2j:
            return 'neg complex'
        case None:
            return 'none'
        case True:
            return 'true'
        case 'a' | 'b' as s:
            return 'str ' + s
        case b'raw':
            return 'bytes'
        case [a, b]:
            return ('pair', a, b)
        case [a, *rest]:
            return ('head', a, rest)
        case (x, *_, y):
            return ('ends', x, y)
        case {'k': v, **kw}:
            return ('map', v, kw)
        case {1: one}:
            return ('one', one)
        case str() as s if len(s) > 3:
            return 'long ' + s
        case int(n) if n > 100:
            return ('big', n)
        case float(f):
            return ('float', f)
        case _:
            return 'other'
for v in [0, 2, -1, 1+2j, -1.5-2j, None, True, False, 1.0, 'a', 'b', b'raw', [1, 2], [1, 2, 3],
          (1,), (), {'k': 1, 'z': 2}, {1: 'x'}, 'hello', 'hi', 500, 5, 2.5, {}, [[1]],
          'ab', range(2), iter([1])]:
    print(repr(v), m(v))
''')

run('''
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
def f(p):
    match p:
        case P(0, 0):
            return 'origin'
        case P(x, 0) | P(0, x):
            return ('axis', x)
        case P(x=1, y=yy):
            return ('x1', yy)
        case P(a, b) if a == b:
            return ('diag', a)
        case P(_, _, ) if False:
            return 'never'
        case P():
            return 'P'
        case [P(x, y), *_]:
            return ('first', x, y)
    return 'none'
for p in [P(0, 0), P(3, 0), P(0, 4), P(1, 9), P(5, 5), P(7, 8), [P(1, 2), 3], 4]:
    print(f(p))
class Q:
    pass
for pat in ('P(1, 2, 3)', 'int(1, 2)', 'Q(1)', 'len()', 'Q(x=1)'):
    src = 'match subj:\\n    case %s:\\n        print("matched")\\n    case _:\\n        print("no")' % pat
    for subj in (Q(), 5, P(1, 2)):
        try:
            exec(src, {'subj': subj, 'P': P, 'Q': Q})
        except TypeError as e:
            print(pat, type(subj).__name__, 'TypeError', e)
''')

run('''
import collections
match collections.OrderedDict(a=1):
    case {'a': 1, **rest}:
        print('od', rest)
match [1, [2, 3], {'x': (4, 5)}]:
    case [a, [b, c], {'x': (d, e)}]:
        print(a, b, c, d, e)
match 3:
    case x:
        print('x', x)
match 3:
    case _:
        print('wild')
match 3:
    case 4:
        print('no')
print('end')
match {'a': 1, 'b': 2}:
    case {'a': _, **rest}:
        print(rest)
match (1, 2, 3):
    case (1, *mid, 3):
        print('mid', mid)
match 'abc':
    case [*_]:
        print('str is no sequence')
    case str(c):
        print('str', c)
''')

run('''
def g(v):
    match v:
        case [1, *_, 5]:
            return 'a'
        case [*_, 4]:
            return 'b'
        case [_, _, *_]:
            return 'c'
        case (a, b) | [b, a, _]:
            return (a, b)
    return None
for v in [[1, 5], [1, 2, 3, 5], [4], [9, 9, 9], (1, 2), [1, 2, 3], 'ab', b'ab', bytearray(b'ab'),
          collections.deque([1, 2]), memoryview(b'xy')]:
    print(g(v))
import collections
''')

run('''
import collections
def g(v):
    match v:
        case [x, *_, y]:
            return (x, y)
    return None
for v in [[1, 5], collections.deque([1, 2, 3]), (4, 5, 6, 7)]:
    print(g(v))
''')

run('''
def h(v):
    match v:
        case {'a': 1} | {'b': 2}:
            return 1
        case {}:
            return 'empty-ok'
    return 0
print(h({'a': 1}), h({'b': 2, 'c': 3}), h({}), h([]))
for i in range(3):
    match i:
        case 1:
            continue
        case 2:
            break
    print('i', i)
''')

run('''
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class K:
    A = 'a'
def c(v):
    match v:
        case Color.RED:
            return 'red'
        case Color.GREEN | K.A:
            return 'green or a'
        case {Color.RED: x, K.A: y}:
            return ('keys', x, y)
    return 'none'
print(c(Color.RED), c(Color.GREEN), c('a'), c({Color.RED: 1, 'a': 2}), c(1))
''')

run('''
def f(v):
    match v:
        case (1 | 2) as n, [3 | 4] as m:
            return n, m
        case [(a, b) | (b, a, 0)]:
            return a, b
        case {'x': (p | p)} if p:
            return p
    return 'no'
print(f((1, [4])), f([(5, 6)]), f([(7, 8, 0)]), f({'x': 9}), f({'x': 0}))
''')

run('''
class Weird:
    def __eq__(self, other):
        print('eq called with', other)
        return other == 42
match Weird():
    case 41:
        print('41')
    case 42:
        print('42')
class Bad:
    def __eq__(self, other):
        raise ValueError('no compare')
match Bad():
    case 1:
        pass
''')

run('''
class M(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return dict.__getitem__(self, k)
    def get(self, k, d=None):
        print('get', k)
        return dict.get(self, k, d)
match M(a=1, b=2):
    case {'a': x, 'b': y}:
        print(x, y)
''')

run('''
x = 'outer'
def f(v):
    match v:
        case [x, y] if x > y:
            pass
        case _:
            pass
    return x
print(f([3, 1]), f([1, 3]), f('q'))
''')

run('''
match 5:
    case int(x) if x > 10:
        print('big')
    case int(x) if x < 3:
        print('small')
    case _ if (r := 'guarded default'):
        print(r)
''')

# where errors raised while matching point
run('''
def f(v):
    match v:
        case int(1,
                 2):
            pass
f(5)
''')

run('''
class K:
    key = []
match {1: 2}:
    case {1: 2, K.key: x}:
        pass
''')

run('''
class P:
    __match_args__ = 5
match P():
    case P(x):
        pass
''')

run('''
class P:
    __match_args__ = ('a',)
match P():
    case P(x):
        pass
    case _:
        print('missing attribute: no match')
class Q:
    __match_args__ = ('a', 'b')
    a = 1
    @property
    def b(self):
        raise ValueError('property failed')
match Q():
    case Q(1, y):
        pass
''')

run('''
match 5:
    case "x" | len():
        pass
''')

run('''
def g(s):
    match s:
        case {'a': 1, **rest} if rest.pop('b', None):
            return 'guard', rest
        case [*xs] if len(xs) > 1 and xs[0] == xs[-1]:
            return 'same ends'
        case _:
            return None
print(g({'a': 1, 'b': 2, 'c': 3}), g({'a': 1}), g([1, 2, 1]), g([1]))
''')
