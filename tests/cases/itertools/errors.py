import itertools as it
cases = [
    lambda: it.count('a'), lambda: it.count(1, 'a'), lambda: it.repeat(), lambda: it.islice([], -1),
    lambda: it.islice([], 'a'), lambda: it.islice([], 1, 2, 0), lambda: it.islice([]), lambda: it.batched([], 0),
    lambda: it.batched([], 'a'), lambda: list(it.batched('abc', 2, strict=True)), lambda: list(it.chain(1)),
    lambda: it.product(1), lambda: it.permutations([], -1), lambda: it.combinations([], -1), lambda: it.combinations([]),
    lambda: it.accumulate(), lambda: it.tee([], -1), lambda: it.starmap(len, 1), lambda: list(it.starmap(len, [1])),
    lambda: it.zip_longest(1), lambda: it.cycle(), lambda: it.compress([]), lambda: it.pairwise(), lambda: it.groupby(),
    lambda: it.count(start=1, step=2, x=1), lambda: it.repeat(1, times='a'), lambda: it.islice([], 1, 2, 3, 4),
    lambda: it.islice([], None, -1), lambda: it.islice([], 0, 1, 'a'), lambda: it.islice([], 'a', 1),
    lambda: it.islice([], -1, 1), lambda: it.chain(a=1), lambda: it.chain.from_iterable(), lambda: it.islice([], 2**70),
    lambda: it.repeat(1, 2**70), lambda: it.cycle([], x=1), lambda: it.tee(1), lambda: it.tee([], 2**70),
    lambda: it.islice([], 0, 1, 2**70), lambda: it.dropwhile(1), lambda: it.dropwhile(1, [], x=1),
    lambda: list(it.dropwhile(1, [1])), lambda: it.compress(1, []), lambda: it.compress([], 1),
    lambda: list(it.accumulate([1, 2], 1)), lambda: it.batched([], 2**70), lambda: it.batched('a', 1, False),
    lambda: it.zip_longest([], x=1), lambda: it.zip_longest([], fillvalue=1, x=2), lambda: it.starmap(len),
    lambda: it.pairwise(1), lambda: it.permutations([1], 'a'), lambda: it.combinations([1], 'a'),
    lambda: it.product([1], repeat=-1), lambda: it.product([1], repeat='a'), lambda: it.product([1], x=1),
    lambda: it.permutations([1], 2**70), lambda: it.tee([1], 'a'), lambda: it._tee(1),
    lambda: it.groupby([], key=1, x=1), lambda: it.takewhile(), lambda: it.filterfalse(None),
    lambda: it.islice(1, 2), lambda: it.repeat(1, 2, 3), lambda: it.count(1, 2, 3),
]
for i, f in enumerate(cases):
    try: print(i, f())
    except Exception as e: print(i, type(e).__name__, e)
