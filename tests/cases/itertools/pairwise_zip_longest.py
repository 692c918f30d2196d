from itertools import pairwise, zip_longest
print(list(pairwise('ABCDE')), list(pairwise('a')), list(pairwise([])), list(pairwise(range(3))))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('a')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest('ab', [], fillvalue=0)))
p = pairwise(iter([1, 2, 3]))
print(next(p), next(p), list(p), list(p))
z = zip_longest('ab', 'c')
print(list(z), list(z))
def flaky():
    yield 1
    raise ValueError('flaky')
try: list(zip_longest('abc', flaky()))
except ValueError as e: print(e)
try: list(pairwise(flaky()))
except ValueError as e: print(e)
print(list(zip_longest(range(3), range(5), fillvalue=None)))
