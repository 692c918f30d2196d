from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product('ab', range(2))), list(product('ab', repeat=2)), list(product()), list(product('ab', [])))
print(list(product(repeat=0)), list(product('a', repeat=0)), len(list(product(range(3), range(4), range(2)))))
print(list(product('xy', 'z', repeat=2)))
print(list(permutations('ABC')), list(permutations('ABCD', 2)), list(permutations([])), list(permutations('ab', 0)))
print(list(permutations('abc', 4)), list(permutations(range(3), r=None)), len(list(permutations(range(6)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(cwr('ABC', 2)), list(cwr('', 0)), list(cwr('', 2)), list(cwr('ab', 0)), len(list(cwr(range(5), 3))))
def fact(n):
    r = 1
    for i in range(2, n + 1): r *= i
    return r
def perm(n, r): return fact(n) // fact(n - r)
def comb(n, r): return fact(n) // (fact(r) * fact(n - r))
for n in range(5):
    for r in range(6):
        assert len(list(permutations(range(n), r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(range(n), r))) == (comb(n, r) if r <= n else 0)
        assert len(list(cwr(range(n), r))) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0))
print('counts ok')
print(list(permutations([1, 1, 2])), list(combinations([3, 1, 2], 2)))
p = product(iter([1, 2]), iter('ab'))
print(next(p), list(p), list(p))
