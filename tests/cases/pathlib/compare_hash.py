# Equality, ordering and hashing; posix paths are case-sensitive, windows ones not.
from pathlib import PurePosixPath as P, PureWindowsPath as W, PurePath

print(P('a/b') == P('a//b/.'), P('a') == P('A'), P('a') == 'a', P('a') != 'a')
print(W('A/B') == W('a\\b'), hash(W('A/B')) == hash(W('a\\b')), P('a') == W('a'))
print(hash(P('a/b')) == hash(P('a/b/')), P('a') < P('b'), P('a/b') < P('a/c'), P('a/b') > P('a'))
print(sorted([P('b/a'), P('a/z'), P('/x'), P('a'), P('a/b/c'), P('')]))
print(sorted([W('B'), W('a'), W('C:/x'), W('c:/A')]))
print(P('a') <= P('a'), P('b') >= P('a'))
for a, b in [(P('a'), 'a'), (P('a'), W('a')), ('a', P('a')), (P('a'), 1)]:
    for op in [lambda: a < b, lambda: a <= b, lambda: a > b, lambda: a >= b]:
        try:
            print(op())
        except TypeError as e:
            print('TypeError:', e)
print(len({P('a'), P('a/'), P('./a'), P('b')}), {W('X'): 1}[W('x')])
print(P('a').__eq__('a'), P('a').__lt__(W('b')))
