# Results may be reused by the iterator once nothing else holds them: what a
# program keeps must never change afterwards.
from itertools import product, permutations, combinations, combinations_with_replacement
for make in (lambda: product('ab', repeat=2), lambda: permutations('abc', 2), lambda: combinations('abcd', 2),
             lambda: combinations_with_replacement('ab', 2)):
    kept = []
    it = make()
    first = next(it)
    for t in it:
        kept.append(t)
    print(first, kept)
    total = []
    for a, b in make():
        total.append(a + b)
    print(total)
    held = [t for i, t in enumerate(make()) if i % 2 == 0]
    print(held)
p = product(range(3), repeat=2)
a = next(p); b = next(p); del a; c = next(p)
print(b, c, list(p))
