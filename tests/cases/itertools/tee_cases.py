from itertools import tee, islice, count
a, b = tee('abc')
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), list(b), list(a), list(c))
print(tee([], 0), len(tee([1], 1)), type(tee([1])[0]).__name__)
x, y = tee(count())
print(list(islice(x, 200))[-1], next(y), list(islice(y, 100))[-1])
src = iter([1, 2, 3, 4])
a, b = tee(src)
print(next(a), next(src), list(a), list(b))
a, = tee('xyz', 1)
c = a.__copy__()
print(next(a), list(c), list(a))
a, b = tee('hello')
next(a)
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
d = b.__copy__()
print(list(d))
from itertools import _tee
t = _tee([1, 2])
print(type(t).__name__, list(t), list(_tee(iter('ab'))))
def gen():
    yield 1
    raise ValueError('tee source')
a, b = tee(gen())
print(next(a))
try: next(b); next(b)
except ValueError as e: print(e)
class I:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __copy__(self): print('copy called'); return I()
i = I()
a, b = tee(i)
print(a is i, type(a).__name__, type(b).__name__)
