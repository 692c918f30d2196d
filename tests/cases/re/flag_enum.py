# re.RegexFlag: the members, their reprs and strs, combinations, inversion,
# unknown bits, iteration and membership.
import re

print(list(re.RegexFlag), len(re.RegexFlag))
print(repr(re.I), str(re.I), repr(re.I | re.M), str(re.I | re.M), repr(re.NOFLAG), format(re.I))
print(repr(re.I | 1024), repr(~re.I), int(~re.I), re.I & re.M, re.I ^ re.I, repr(re.X | re.DEBUG))
print(re.I in (re.I | re.M), re.M in re.I, bool(re.NOFLAG), re.A == 256, re.U.value, re.L.name)
print(re.IGNORECASE is re.I, re.RegexFlag(2), re.RegexFlag['DOTALL'], type(re.S).__name__, isinstance(re.S, int))
print(list(re.I | re.S | re.X), re.RegexFlag.__members__.keys() >= {'A', 'ASCII'})
print(re.compile('a', re.I | re.M).flags, re.compile('a').flags, re.compile(b'a').flags, type(re.compile('a').flags))
print(sorted(k for k in dir(re) if k.isupper() and not k.startswith('_')))
