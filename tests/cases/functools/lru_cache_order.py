import functools
log = []
@functools.lru_cache(maxsize=3)
def f(x):
    log.append(x)
    return x * 10
for x in [1, 2, 3, 1, 4, 2, 3, 1, 5, 1, 1, 6, 4]:
    f(x)
print(log, f.cache_info())
log.clear()
for x in [6, 1, 5, 4, 3]:
    f(x)
print(log, f.cache_info())
depth = []
@functools.lru_cache(maxsize=2)
def reenter(n):
    depth.append(n)
    if n < 3:
        reenter(n + 1)
        reenter(n)
    return n
print(reenter(0), depth, reenter.cache_info())
class Holder:
    pass
@functools.lru_cache(maxsize=4)
def make(i):
    h = Holder()
    h.fn = make
    return h
objs = [make(i) for i in range(6)]
print(objs[0].fn is make, make.cache_info().currsize)
make.cache_clear()
print(make.cache_info())
@functools.lru_cache(maxsize=1)
def one(x): log.append(('one', x)); return x
one(1); one(1); one(2); one(1)
print(log[-3:], one.cache_info())
