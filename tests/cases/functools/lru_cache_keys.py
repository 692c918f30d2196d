from functools import lru_cache
calls = []
@lru_cache(maxsize=32)
def f(*args, **kw):
    calls.append((args, kw))
    return len(calls)
print(f(1), f(1), f(1.0), f(True), f(a=1), f(a=1), f(a=1, b=2), f(b=2, a=1))
print(f.cache_info())
@lru_cache(typed=True)
def g(x): calls.append(x); return type(x).__name__
print(g(1), g(1.0), g(True), g(1), g.cache_info())
print(g.cache_parameters(), f.cache_parameters())
try: f([])
except TypeError as e: print(e)
try: f(x={})
except TypeError as e: print(e)
@lru_cache(maxsize=0)
def z(x): calls.append(x); return x
print(z(1), z(1), z.cache_info())
@lru_cache(maxsize=-5)
def neg(x): return x
print(neg(1), neg.cache_info())
@lru_cache(None)
def unbounded(x): return x
print([unbounded(i % 3) for i in range(9)], unbounded.cache_info())
class Obj:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Obj) and self.v == o.v
print(f(Obj(5)), f(Obj(5)), f.cache_info().hits)
