# The pattern cache: compile returns the cached object for the same pattern,
# type and flags; purge empties it; a compiled pattern passes through.
import re

re.purge()
a = re.compile('a+b')
print(a is re.compile('a+b'), a is re.compile('a+b', re.I), a is re.compile(b'a+b'), a is re.compile(a))
print(re.compile('a', re.I) is re.compile('a', re.IGNORECASE), re.compile('a', 2) is re.compile('a', re.I))
re.purge()
print(a is re.compile('a+b'), a == re.compile('a+b'), hash(a) == hash(re.compile('a+b')))
print(re.compile('1') == re.compile(b'1'), re.compile('a') == re.compile('a', re.I), re.compile('a') != 'a')
pats = [re.compile('p%d' % i) for i in range(600)]
print(sum(p is re.compile('p%d' % i) for i, p in enumerate(pats)) >= 0)
print(re.purge(), re.search('p5', 'xp5').span(), re.match(a, 'aab').span(), re.fullmatch(a, 'ab').span())
try:
    re.compile(a, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.search(a, 'ab', re.M)
except ValueError as e:
    print('ValueError', e)
try:
    hash(re.compile('[')) 
except re.error as e:
    print('error', e)
