# join, split, splitext, splitdrive, basename, dirname on str and bytes.
import posixpath as p

for parts in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), ('a', '', ''),
              ('//a', 'b'), ('a//', '//b'), ('.', '..')]:
    print(parts, repr(p.join(*parts)), repr(p.join(*[s.encode() for s in parts])))
for s in ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', '//a//b', 'a/b//c///', '.', '..']:
    print(repr(s), p.split(s), p.basename(s), repr(p.dirname(s)), p.split(s.encode()))
for s in ['a.b', 'a.b.c', '.a', '..a', 'a.', '.a.b', 'a/b.c/d', 'a/.b', 'a/..b.c', '...', 'a/b.', '']:
    print(repr(s), p.splitext(s), p.splitext(s.encode()))
print(p.splitdrive('/a/b'), p.splitdrive(b'c:/x'))
