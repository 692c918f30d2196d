# \b, \B, \A, \Z at the ends of strings and between word and non-word
# characters, Unicode and ASCII, str and bytes, empty subjects.
import re

for p in [r'\b', r'\B', r'\A', r'\Z', r'\b\w', r'\w\b', r'\B\w', r'\w\B', r'(?a)\b', r'(?a)\B', r'\b\B', r'^\b', r'\b$']:
    for s in ['', 'a', ' ', 'ab cd', '\u00e9t\u00e9 x', '\u0661\u0662', '_a-b_', 'a\u0301b', 'a\nb']:
        r = re.compile(p)
        print(ascii(p), ascii(s), [m.span() for m in r.finditer(s)])
for p in [rb'\b', rb'\B', rb'\b\w+\b']:
    print(p, [m.span() for m in re.finditer(p, b'ab \xe9c d_')])
