import functools
@functools.lru_cache
def f(x): return x
f(1); f(1); f(2)
info = f.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, tuple(info), len(info))
print(info == (1, 2, 128, 2), info[0], list(info))
h, m, mx, cur = info
print(h, m, mx, cur, type(info).__name__)
print(functools.cache(len).cache_info())
print(info._fields, info._asdict(), info._replace(hits=9), type(info).__module__)
