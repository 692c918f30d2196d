# Compiled patterns are kept: many patterns, repeated patterns, the same text as str and bytes.
import fnmatch

total = 0
for i in range(3000):
    if fnmatch.fnmatchcase('file%d.txt' % (i % 50), 'file%d.*' % (i % 50)):
        total += 1
print(total)
hits = sum(fnmatch.fnmatchcase('n%d' % i, 'n%d' % i) for i in range(2000))
print(hits)
print(fnmatch.fnmatchcase('a.c', '*.c'), fnmatch.fnmatchcase(b'a.c', b'*.c'))
print(fnmatch.fnmatchcase('a.c', '*.c'), fnmatch.fnmatchcase(b'a.h', b'*.c'))
