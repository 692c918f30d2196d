# Patterns with many stars run in linear time (each run between stars matched once).
import fnmatch

name = 'a' * 200
pat = '*a' * 30 + '*b'
print(fnmatch.fnmatchcase(name, pat))
print(fnmatch.fnmatchcase(name + 'b', pat))
print(fnmatch.fnmatchcase('x' * 5000, '*x*x*x*y'))
print(fnmatch.translate('*a' * 5 + '*b'))
print(fnmatch.fnmatchcase('abcabcabc', '*b*b*c'), fnmatch.fnmatchcase('abcabcab', '*b*b*c'))
