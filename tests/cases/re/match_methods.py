# Match methods: group with several arguments and names, start/end/span,
# expand, indexing, groupdict defaults, repr, truth, and the errors for
# groups that do not exist.
import re

m = re.search(r'(?P<w>\w+) (?P<n>\d+)?(x)?', 'say hello 42 there')
print(m.group(), m.group(0), m.group(1, 2, 3), m.group('w', 'n'), m[1], m['n'], m[0])
print(m.start(), m.end(), m.span(), m.start('w'), m.end(2), m.span(3), m.start(3))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('?'), repr(m), bool(m))
print(m.expand(r'\2:\1 \g<w> [\3]'), m.expand(b'x' if False else r'\g<0>'))
for bad in [4, -1, 'zz', 1.5, None, True]:
    for f in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            print(f.__name__, f(bad))
        except (IndexError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
print(m.group(True), m[False])
try:
    m.group(1, 9)
except IndexError as e:
    print('IndexError', e)
mb = re.match(rb'(a)(?P<b>b)?', b'ac')
print(mb, mb.groups(), mb.groupdict(), mb.span('b'), mb.expand(rb'[\1\g<b>]'))
long_match = re.match(r'.*', 'x' * 200)
print(repr(long_match))
print(repr(re.match('(?s).*', 'a\nb\'"')))
