# Captures inside look-aheads and look-behinds: kept after a positive one,
# none from a negative one, and back references to them.
import re

for p, s in [(r'(?=(\w+))\w', 'abc'), (r'(?=(a))?ab', 'ab'), (r'(?!(x))a', 'a'), (r'(?<=(a))b', 'ab'),
             (r'(?<!(x))b', 'ab'), (r'(?=(\w))\1', 'aa'), (r'(?=(?P<n>a))(?P=n)', 'a'), (r'(?=(a)|(b))\w', 'ab'),
             (r'(\w)(?=\1)', 'aabcc'), (r'(?<=(\d)(\d))x', '12x'), (r'(?=a(b)?)a', 'ab a'),
             (r'(?:(?=(\w))\w)+', 'abc'), (r'(?=(a))(?=(ab))', 'ab')]:
    r = re.compile(p)
    print(ascii(p), [(m.span(), m.groups(), m.lastindex) for m in r.finditer(s)], r.findall(s), r.sub(r'[\1]', s))
