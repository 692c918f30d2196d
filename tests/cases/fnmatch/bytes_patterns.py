# Bytes names and patterns: matched byte for byte (latin-1), never mixed with str.
import fnmatch

print(fnmatch.fnmatch(b'x.py', b'*.py'), fnmatch.fnmatchcase(b'x.pyc', b'*.py'))
print(fnmatch.fnmatch(b'\xe9', b'?'), fnmatch.fnmatch(b'\xe9\xe8', b'?'))
print(fnmatch.fnmatchcase(b'\xff', b'[\xf0-\xff]'), fnmatch.fnmatchcase(b'a', b'[!\x00-\x7f]'))
print(fnmatch.filter([b'a.c', b'b.h', b'c.c'], b'*.c'))
print(fnmatch.filterfalse([b'a.c', b'b.h', b'c.c'], b'*.c'))
print(fnmatch.fnmatch('\xe9', '?'), fnmatch.fnmatch('x.py', '*.py'))
for name, pat in [(b'a', 'a'), ('a', b'a')]:
    try:
        fnmatch.fnmatch(name, pat)
    except TypeError as e:
        print('TypeError:', e)
try:
    fnmatch.filter([b'a'], '*')
except TypeError as e:
    print('TypeError:', e)
