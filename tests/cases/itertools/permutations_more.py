from itertools import permutations, combinations, combinations_with_replacement as cwr
print([''.join(p) for p in permutations('abcd', 3)][:10], len(list(permutations('abcd', 3))))
print(list(permutations(range(3), 1)), list(permutations(range(3), 3))[-1])
print(list(permutations(iter([1, 2]))), list(permutations('a', r=1)))
print(list(combinations('aab', 2)), list(cwr('ab', 3)), list(cwr(range(2), 1)))
print(list(combinations(range(5), 5)), list(combinations(range(5), 0)))
p = permutations('xyz')
print(next(p), next(p), len(list(p)), list(p))
print(sorted(permutations([2, 1, 3])) == list(permutations([1, 2, 3])))
for bad in [lambda: permutations('a', -2), lambda: permutations('a', 1.0), lambda: cwr('a', -1),
            lambda: cwr('a'), lambda: combinations('a', None), lambda: permutations()]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
