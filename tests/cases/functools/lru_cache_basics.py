import functools
@functools.lru_cache
def f(x): return x
print(f, f.__wrapped__, f.cache_parameters(), f(1), f(1), f.cache_info())
print(f.__name__, f.__qualname__, f.__module__, f.__dict__)
try: functools.lru_cache(maxsize='x')
except TypeError as e: print(e)
print(functools.lru_cache(maxsize=-3)(f).cache_info())
print(functools.lru_cache(None, True)(f).cache_parameters())
try: functools.lru_cache(1)(1)
except TypeError as e: print(e)
try: f([1])
except TypeError as e: print(e)
class A:
    @functools.lru_cache
    def m(self, x): return x * 2
    @functools.cached_property
    def cp(self): print('computing'); return 42
a = A(); print(a.m(2), A.m, a.m.__func__ if hasattr(a.m, '__func__') else None)
print(a.cp, a.cp, A.cp, A.cp.attrname, A.__dict__['cp'].__doc__)
cp = functools.cached_property(lambda self: 1)
try: cp.__get__(a)
except TypeError as e: print(e)
try:
    class B:
        x = cp
        y = cp
except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
    @functools.cached_property
    def v(self): return 1
try: S().v
except TypeError as e: print(e)
print(functools._make_key((1,), {}, False), type(functools._make_key((1,2), {}, False)))
@functools.cache
def g(x): return x
print(g(1), g.cache_info())
print(functools.lru_cache(maxsize=0)(f).cache_info())
print(repr(functools._lru_cache_wrapper))
@functools.lru_cache(typed=True)
def h(x): return x
h(1); h(1.0); print(h.cache_info())
h.cache_clear(); print(h.cache_info())
print(functools.lru_cache(f) is not None)
