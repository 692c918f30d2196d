# joinpath, '/' and its reflection, absolute parts resetting the path.
from pathlib import PurePosixPath as P, PureWindowsPath as W, PurePath
import os

print(P('a') / 'b', P('a') / 'b' / 'c', 'x' / P('a'), P('a') / P('/b'), P('/a') / '..' / 'b')
print(P('a').joinpath(), P('a').joinpath('b', 'c/d', '/e', 'f'), P().joinpath('x'))
print(P('a') / '', P('') / 'a', repr(P('a') / '.' / './b'))
class Fs:
    def __fspath__(self):
        return 'from/fspath'
print(P('top') / Fs(), Fs() / P('end'), P(Fs(), 'x'))
for bad in [3, None, b'bytes', 1.5]:
    for f in [lambda: P('a') / bad, lambda: bad / P('a'), lambda: P('a').joinpath(bad), lambda: P(bad)]:
        try:
            print(f())
        except TypeError as e:
            print('TypeError:', e)
print(W('c:/a') / 'd:b', W('c:/a') / '/x', W('c:/a') / 'C:b', W('a') / '//srv/share/f')
print(P(W('a\\b')), W(P('a/b')), P('a') / os.fspath(W('x\\y')))
