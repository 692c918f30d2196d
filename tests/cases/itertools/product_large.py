import itertools as it
from itertools import product, permutations, combinations, combinations_with_replacement, islice
print(sum(1 for _ in product(range(10), repeat=4)))
print(list(islice(product('abc', repeat=3), 5, 10)))
print(list(islice(permutations(range(8)), 1000, 1003)))
print(list(islice(combinations(range(20), 5), 2000, 2002)))
print(list(islice(combinations_with_replacement('abcd', 4), 20, 24)))
print(sum(sum(c) for c in combinations(range(12), 4)))
print(next(product([[1]], [[2]]))[0] is next(product([[1]]))[0])
# (no huge allocations here: the sanitizer build reports failed ones on stderr)
for f in [lambda: it.product('a', repeat=2**62), lambda: it.product('a', 'b', repeat=2**59)]:
    try: r = f(); print(type(r).__name__)
    except (MemoryError, OverflowError) as e: print(type(e).__name__, e)
