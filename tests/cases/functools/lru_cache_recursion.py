from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(50, 50), ways.cache_info().currsize > 100)
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    print(sq(x))
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
