# enum: re.RegexFlag is a global IntFlag: reprs, str(), combinations and the flags of patterns.
import re

I = re.I
print(repr(I), str(I), format(I), f'{I}', I + 0, I == 2, isinstance(I, int), type(I))
print(repr(I | re.M), str(I | re.M), repr(re.RegexFlag(0)), repr(re.NOFLAG), repr(I | 1024), repr(~I))
print(repr(re.A), repr(re.U | re.A), repr(re.X | re.S | re.DEBUG), repr(re.RegexFlag(3)))
print(list(re.RegexFlag), list(re.RegexFlag.__members__), type(re.RegexFlag), re.RegexFlag.__mro__)
print(re.RegexFlag._boundary_, re.RegexFlag.__doc__, re.RegexFlag.__module__, re.X.name, re.S.value, re.A is re.ASCII)
print(repr(re.compile('a', re.I | re.M)), re.compile('a', re.I).flags, repr(re.compile('a').flags), repr(re.compile(b'a', re.L)))
print(re.match('A', 'a', re.I), re.findall('^b', 'a\nb', flags=re.M), re.search('a.b', 'a\nb', re.DOTALL | 0))
print(re.I.__reduce_ex__(4), list(re.I | re.M), len(re.I | re.M), re.I in (re.I | re.M))
try:
    re.compile('a', 'x')
except TypeError as e:
    print('TypeError', e)
