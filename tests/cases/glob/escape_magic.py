# escape and has_magic, for str and bytes; an escaped name matches itself.
import glob

for s in ['abc', 'a*b', 'a?', '[x]', 'a]', '', '//?/c:/x?', 'a[*]', '\\*']:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
for s in [b'abc', b'a*', b'[b]?']:
    print(s, glob.has_magic(s), glob.escape(s))
print(glob.magic_check.pattern, glob.magic_check_bytes.pattern)
import fnmatch
for s in ['a*b', 'q?[x]', '[!]']:
    print(fnmatch.fnmatchcase(s, glob.escape(s)))
try:
    glob.escape(3)
except TypeError as e:
    print('TypeError:', e)
try:
    glob.has_magic(None)
except TypeError as e:
    print('TypeError:', e)
