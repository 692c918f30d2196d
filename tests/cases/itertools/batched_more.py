from itertools import batched, count, islice
print(list(islice(batched(count(), 3), 3)))
print(list(batched('abcdefg', n=7)), list(batched('abcdefg', 8)), list(batched('a', 1, strict=True)))
b = batched(iter(range(5)), 2)
print([next(b) for _ in range(3)], list(b))
class Idx:
    def __index__(self): return 3
print(list(batched('abcdefgh', Idx())))
for bad in [lambda: batched('a', -1), lambda: batched('a', 1.0), lambda: batched(5, 2), lambda: batched('a'),
            lambda: batched('a', 1, strict=True, extra=1), lambda: batched(iterable='a')]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(list(batched(n=2, iterable='abc')))
