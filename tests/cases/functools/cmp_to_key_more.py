from functools import cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b): return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=K), max([3, 1, 2], key=K), min([3, 1, 2], key=K))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k1, k1 >= k2)
print(k1.obj, type(k1).__name__, type(K).__name__)
k1.obj = 10; print(k1.obj, k1 < K(5))
def cmp_returns(v):
    return cmp_to_key(lambda a, b: v)
for v in [0, -1, 1, 0.5, True]:
    print(v, cmp_returns(v)(1) < cmp_returns(v)(2))
try: cmp_returns('x')(1) < cmp_returns('x')(2)
except TypeError as e: print(e)
try: K(1) < K
except TypeError as e: print(e)
try: K(1, 2)
except TypeError as e: print(e)
try: K(obj=1) < 1
except TypeError as e: print(e)
print(K(obj='kw').obj)
