import functools
@functools.lru_cache(maxsize=2)
def f(x): return x
print(f.cache_parameters.__qualname__.split('.')[0], f.cache_parameters())
print(sorted(k for k in f.__dict__))
try: functools.lru_cache(len, typed=1)
except TypeError as e: print(e)
print(functools.lru_cache(None)(abs).cache_parameters(), functools.lru_cache(maxsize=True)(abs).cache_parameters())
class Call:
    "call doc"
    def __call__(self, x): return x * 2
w = functools.lru_cache(Call())
print(w(2), w.__doc__, w.__wrapped__.__class__.__name__, hasattr(w, '__name__'))
print(functools._make_key((1, 2), {'a': 3}, False) == functools._make_key((1, 2), {'a': 3}, False))
print(functools._make_key(('s',), {}, False), functools._make_key(('s',), {}, True), functools._make_key((1.0,), {}, False))
print(len(functools._make_key((1,), {'k': 2}, True)))
print(functools.cache.__name__, functools.lru_cache.__defaults__)
@functools.cache
def rec(n): return n if n < 1 else rec(n - 1) + 1
print(rec(300), rec.cache_info().currsize)
print(type(f.cache_info()).__doc__, functools._CacheInfo._fields)
