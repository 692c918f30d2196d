# Errors of nsmallest and nlargest, and how len() of the input is used.
import heapq

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

class Sized:
    def __init__(self, items, exc=None):
        self.items = items
        self.exc = exc
    def __len__(self):
        print('len')
        if self.exc:
            raise self.exc
        return len(self.items)
    def __iter__(self):
        print('iter')
        return iter(self.items)

for f in (heapq.nsmallest, heapq.nlargest):
    attempt(f, 2, Sized([3, 1, 2]))
    attempt(f, 5, Sized([3, 1, 2]))
    attempt(f, 1, Sized([3, 1, 2]))
    attempt(f, 0, Sized([3, 1, 2]))
    attempt(f, 2, Sized([3, 1, 2], ValueError('bad len')))
    attempt(f, 2, Sized([3, 1, 2], TypeError('no len')))
    attempt(f, 2, Sized([3, 1, 2], AttributeError('no len')))
    attempt(f, 1.5, [3, 1, 2])
    attempt(f, 'a', [3, 1, 2])
    attempt(f, None, [3, 1, 2])
    attempt(f, 2, 5)
    attempt(f, 1, 5)
    attempt(f, 2)
    attempt(f, 2, [1], key=None, foo=1)
    attempt(f, 2, [1, 'a', 3])
    attempt(f, 2, iter([1, 'a', 3]))
    attempt(f, 1, [1, 'a', 3])
    attempt(f, 2, [1, 2, 3], key=5)
    attempt(f, 2, iter([3, 0, 2]), key=lambda v: 1 / v)
    attempt(f, n=2, iterable=[4, 2, 3], key=lambda v: -v)
