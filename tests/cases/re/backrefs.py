# Back references: numbered up to 99, named, under IGNORECASE, to groups that
# did not take part (never match), inside repeats, in classes (octal), and
# the ambiguity of \10 and \100.
import re

cases = [
    (r'(a)\1', 'aa ab'), (r'(?P<x>\w)(?P=x)', 'hello aab'), (r'(?i)(a)\1', 'aA Aa ab'),
    (r'(a)|\1b', 'ab b'), (r'(a)?\1', 'aa b'), (r'(?:(\w)\1)+', 'aabbcd'), (r'(\w)(\w)\2\1', 'abba xyyx'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj abcdefghija0'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\100', 'abcdefghij@'),
    (r'[\1]', '\x01 1'), (r'(a)\01', 'a\x01'), (r'(?i)(\u00df)\1', '\u00df\u00df \u00dfSS'),
    (r'(?i)(K)\1', 'K\u212a kk'), (r'(\w+) \1', 'the the cat cat dog'), (rb'(a)\1', b'aa'),
    (r'(?P<a>.)(?P<b>.)(?P=b)(?P=a)', 'abba'), (r'(a*)\1', 'aaaa'), (r'(a*?)\1$', 'aaaa'),
]
for p, s in cases:
    r = re.compile(p)
    print(ascii(p), r.groups, ascii(r.findall(s)), [m.span() for m in r.finditer(s)])
for p in [r'\1(a)', r'(a)\2', r'(?P=y)(?P<y>a)', r'(?P<y>a(?P=y))', r'(a\1)', r'\0', r'(a)\1000']:
    try:
        print(ascii(p), re.compile(p).findall('aa\x00@'))
    except re.error as e:
        print(ascii(p), 'error', e)
