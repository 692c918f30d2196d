import itertools as it
names = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count',
         'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat',
         'starmap', 'takewhile', 'zip_longest']
args = {'accumulate': ([1, 2],), 'batched': ('abc', 2), 'chain': ('ab', 'c'), 'combinations': ('abc', 2),
        'combinations_with_replacement': ('ab', 2), 'compress': ('abc', [1, 0, 1]), 'count': (3,), 'cycle': ('ab',),
        'dropwhile': (lambda x: x < 2, [1, 2, 3]), 'filterfalse': (None, [0, 1]), 'groupby': ('aab',),
        'islice': ('abcdef', 1, 4), 'pairwise': ('abc',), 'permutations': ('ab',), 'product': ('ab', 'c'),
        'repeat': ('x', 2), 'starmap': (pow, [(2, 3)]), 'takewhile': (lambda x: x < 2, [1, 2]),
        'zip_longest': ('ab', 'c')}
for n in names:
    base = getattr(it, n)
    Sub = type('My' + n, (base,), {'extra': 'yes'})
    obj = Sub(*args[n])
    first = list(it.islice(obj, 4)) if n not in ('groupby',) else [k for k, g in obj]
    print(n, type(obj).__name__, isinstance(obj, base), obj.extra, first)
class Loud(it.chain):
    def __next__(self):
        return 'loud ' + str(super().__next__())
print(list(Loud('ab')))
for t in [it._grouper, it._tee_dataobject]:
    try:
        type('X', (t,), {})
    except TypeError as e:
        print(e)
