# Empty matches next to non-empty ones: since Python 3.7 an empty match may
# follow a non-empty one, but not at the position where the previous match
# ended empty; the same rule in findall, finditer, sub and split.
import re

for p in [r'x*', r'\b', r'a*?', r'(?=a)|a', r'a|(?=a)', r'|a', r'a|', r'\W*', r'$|a', r'(?m)^|a', r'a??',
          r'(?<=a)|b', r'b*|a', r'(?:)']:
    for s in ['', 'a', 'aab', 'baa a', 'xx yx']:
        r = re.compile(p)
        print(ascii(p), ascii(s), [m.span() for m in r.finditer(s)], ascii(r.sub('-', s)),
              ascii(r.split(s)), ascii(r.findall(s)))
