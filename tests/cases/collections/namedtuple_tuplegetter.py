from collections import namedtuple
import _collections

P = namedtuple('P', 'x y')
g = P.x
print(type(g), type(g).__module__, type(g).__name__, repr(g), repr(P.y))
print(g.__doc__, P.y.__doc__)
print(g.__get__(None, P) is g, g.__get__((5, 6)), g.__get__(P(7, 8), P))
print(g.__reduce__())
print(_collections._tuplegetter is type(g))
tg = _collections._tuplegetter
for f in [lambda: g.__get__(5), lambda: g.__get__(()), lambda: g.__set__(P(1, 2), 3),
          lambda: g.__delete__(P(1, 2)), lambda: tg('a', 'b'), lambda: tg(1),
          lambda: tg(-1, None).__get__((1,)), lambda: tg(0, 5), lambda: tg(0, doc=5),
          lambda: tg(2, 'd').__get__((1, 2, 3))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
g.__doc__ = 'the x coordinate'
print(P.x.__doc__, repr(P.x))
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError', e)
