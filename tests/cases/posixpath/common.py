# commonpath and commonprefix.
import posixpath as p

for paths in [['/a/b/c', '/a/b/d'], ['/a/b', '/a/bc'], ['a/b', 'a'], ['/a'], ['/', '/a'], ['a/./b', 'a/b/'],
              ['', ''], [b'/x/y', b'/x/z'], ('a/b', 'a/c'), ['//a', '/a']]:
    print(paths, repr(p.commonpath(paths)))
for bad in [[], ['/a', 'b'], ['a', b'b'], [1], 5]:
    try:
        p.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for paths in [[], ['abc', 'abd'], ['/a/b', '/a/bc'], ['x'], [b'ab', b'ac'], [['a', 'b'], ['a', 'c']], ['', 'a']]:
    print(paths, repr(p.commonprefix(paths)))
