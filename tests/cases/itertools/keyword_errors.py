import itertools as it
cases = [
    lambda: it.count(start=1, x=2), lambda: it.count(1, start=2), lambda: it.repeat(1, object=2),
    lambda: it.repeat(times=2), lambda: it.cycle(iterable=[]), lambda: it.chain([], x=1),
    lambda: it.islice([], stop=1), lambda: it.compress(data=[], x=1), lambda: it.dropwhile(predicate=None, iterable=[]),
    lambda: it.takewhile(None, [], 1), lambda: it.filterfalse(None), lambda: it.starmap(func=len, iterable=[]),
    lambda: it.accumulate([], func=None, initial=1, x=2), lambda: it.accumulate([], None, 1),
    lambda: it.batched([], 1, True), lambda: it.pairwise(iterable=[]), lambda: it.zip_longest(fillvalue=1, fill=2),
    lambda: it.product([], repeat=1, x=1), lambda: it.permutations([], 1, 2), lambda: it.combinations([], r=1, x=2),
    lambda: it.combinations_with_replacement(iterable=[], r=1), lambda: it.groupby([], None, 1),
    lambda: it.groupby(iterable=[], key=None), lambda: it.tee([], 2, 3), lambda: it.tee(iterable=[]),
    lambda: it.chain.from_iterable(iterable=[]),
]
for i, f in enumerate(cases):
    try: r = f(); print(i, type(r).__name__)
    except TypeError as e: print(i, e)
