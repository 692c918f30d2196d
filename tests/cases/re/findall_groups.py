# findall and finditer: no group (whole matches), one group (its text), many
# groups (tuples), groups that did not take part ('' or None), named groups.
import re

for p, s in [(r'\w+', 'ab cd'), (r'(\w)\w', 'ab cd'), (r'(\w)(\w)', 'ab cd'), (r'(a)|(b)', 'abc'),
             (r'(a)?b', 'b ab'), (r'(?P<x>\d)(?P<y>\d)?', '1 23'), (r'((a)b)', 'abab'), (r'()', 'ab'),
             (r'(?:a)(b)', 'abab'), (r'(a*)*', 'aab'), (r'(a|b)*', 'abc'), (rb'(\d)', b'1a2'),
             (r'(?i)(A)(b)?', 'aAb'), (r'', ''), (r'((((a))))', 'a')]:
    r = re.compile(p)
    print(ascii(p), ascii(r.findall(s)), [(m.span(), m.groups(), m.groupdict()) for m in r.finditer(s)])
    print('  ', ascii(r.findall(s, 1)), ascii(r.findall(s, 0, 2)), [m.span() for m in r.finditer(s, 1, 3)])
