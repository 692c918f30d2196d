# normpath and splitroot.
import posixpath as p

for s in ['', '.', '..', '/', '//', '///', '/..', '//..', 'a/..', 'a/../..', '../a/../..', '/a/../..',
          'a//b', 'a/./b', 'a/b/', './a', 'a/b/../c', '/./a/.', '//a/../b', '///a//b', '..//..//a',
          'a/b/c/../../d', '.a/../b', 'a/.../b']:
    print(repr(s), repr(p.normpath(s)), p.normpath(s.encode()), p.splitroot(s), p.splitroot(s.encode()))
for bad in [1, None, ['a']]:
    for f in (p.normpath, p.splitroot):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
