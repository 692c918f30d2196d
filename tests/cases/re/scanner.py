# Pattern.scanner and finditer (an iterator over scanner.search, as in CPython).
import re

p = re.compile('a|(?=b)')
s = p.scanner('xab')
print(type(s).__name__, s.pattern is p, s.match(), s.search(), s.search(), s.search(), s.search(), s.match())
print(type(p.finditer('ab')).__name__, [m.span() for m in p.finditer('ab ab')], list(re.finditer('', 'ab', )))
s = re.compile(r'\d').scanner('1a2', 1)
print(s.match(), s.search(), s.search())
for bad in [1, b'x']:
    try:
        re.compile('a').scanner(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        re.finditer('a', bad)
    except TypeError as e:
        print('TypeError', e)
it = re.finditer(r'\w+', 'one two three')
print(next(it), next(it).group(), list(it), list(it))
