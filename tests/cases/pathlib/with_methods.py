# with_name, with_stem and with_suffix, and their ValueErrors.
from pathlib import PurePosixPath as P, PureWindowsPath as W

def t(f, *args):
    try:
        print(repr(f(*args)))
    except ValueError as e:
        print('ValueError:', e)

for nm in ['', 'b/c', '.', '..', 'x', 'd:', 'a\\b', ' ', '.x']:
    t(P('a/b').with_name, nm)
    t(W('a/b').with_name, nm)
t(P('/').with_name, 'x')
t(P('').with_name, 'x')
t(W('c:/').with_name, 'x')
for s in ['', '.', '.c', 'c', '.c.d', '/x', '.a/b', 'x.', '..']:
    t(P('a/b.txt').with_suffix, s)
    t(P('a/b').with_suffix, s)
t(P('/').with_suffix, '.x')
t(P('a/.x').with_suffix, '.y')
t(P('a/x.').with_suffix, '.y')
t(P('a/x.tar.gz').with_suffix, '.zip')
for st in ['', 'c', 'c.d', 'a/b', '.']:
    t(P('a/b.txt').with_stem, st)
    t(P('a/b').with_stem, st)
t(P('/').with_stem, 'x')
t(W('c:/a/b.txt').with_stem, 'z')
