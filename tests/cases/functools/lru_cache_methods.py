import functools
class A:
    def __init__(self, k): self.k = k
    @functools.lru_cache(maxsize=4)
    def m(self, x):
        print('m computes', self.k, x)
        return self.k * x
    def __hash__(self): return self.k
    def __eq__(self, o): return self.k == o.k
    @staticmethod
    @functools.cache
    def s(x): print('s computes', x); return -x
    @classmethod
    @functools.cache
    def c(cls, x): print('c computes', x); return cls.__name__ + str(x)
a, b = A(2), A(3)
print(a.m(5), a.m(5), b.m(5), A.m(a, 5), A.m.cache_info())
print(A.s(1), A.s(1), a.s(1), A.c(2), A.c(2))
print(type(A.__dict__['m']).__name__, A.m.__name__, A.m.__qualname__, A.m.__wrapped__.__name__)
print(a.m.__func__ is A.m, a.m.__self__ is a)
w = functools.lru_cache(len)
print(w('abc'), w.__wrapped__ is len, w.__name__, w.cache_info())
print(functools.lru_cache()(len)('ab'), functools.lru_cache(maxsize=1, typed=False)(abs)(-3))
try: functools.lru_cache('bad')
except TypeError as e: print(e)
try: functools.lru_cache(1.5)
except TypeError as e: print(e)
print(callable(functools.lru_cache(maxsize=3)), functools.lru_cache(3, True)(abs).cache_parameters())
