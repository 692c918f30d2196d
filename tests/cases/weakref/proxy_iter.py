# Proxies of iterators and of non-iterators
import weakref


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


class Plain:
    pass


it = Counter()
p = weakref.proxy(it)
print(next(p), list(p), iter(p) is it)
obj = Plain()
q = weakref.proxy(obj)
for f in (lambda: next(q), lambda: iter(q), lambda: len(q), lambda: q[0], lambda: q + 1, lambda: int(q)):
    try:
        f()
    except TypeError as e:
        print(e)
