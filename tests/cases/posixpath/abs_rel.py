# cwd: tmp
# abspath, relpath, isabs against the working directory.
import os, posixpath as p

here = os.getcwd()
print(p.abspath('x') == here + '/x', p.abspath('.') == here, p.abspath('/a/../b'), p.abspath(b'/x/./y'))
print(p.abspath('a/../..') == p.dirname(here), p.abspath(b'z') == os.fsencode(here) + b'/z')
for a in [('/a/b/c', '/a/x'), ('/a/b', '/a/b'), ('/a', '/a/b/c'), ('a/b', 'a'), ('/', '/a'),
          ('/a', '/'), ('a', 'b/c'), (b'/x/y', b'/x'), ('x', None)]:
    print(a, p.relpath(*a))
print(p.relpath('sub/file'), p.relpath(os.path.join(here, 'q')))
for a in [('',), ('a', b'b'), (b'a', 'b'), (1,), ('a', 2)]:
    try:
        p.relpath(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ['/', '/a', 'a', '', '//x', b'/b', b'b']:
    print(repr(s), p.isabs(s))
