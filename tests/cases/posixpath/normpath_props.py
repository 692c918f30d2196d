# normpath is idempotent and keeps absolute paths absolute.
import posixpath as p

paths = ['a/b/../c', '/../x', '//x/y/..', '././.', 'a/../../b', '/', '', 'x//y//', '../a/./b/../../..']
for s in paths:
    n = p.normpath(s)
    print(repr(s), repr(n), p.normpath(n) == n, p.isabs(n) == p.isabs(s), p.normpath(s.encode()) == n.encode())
for s in ['a\0b/../c', '\udcff/x/..', '\U0001f600//\xe9/./..', b'\xff/../\x00']:
    print(ascii(p.normpath(s)))
class P:
    def __fspath__(self): return 'x//y/.'
class S(str): pass
print(p.normpath(P()), type(p.normpath(S('a/b'))).__name__, p.normpath.__name__)
