# Pattern objects: repr (flags spelled out, long patterns cut), equality and
# hashing, attributes, and that they cannot be made or changed directly.
import re

for p, f in [('a', 0), ('a', re.I), (b'a', 0), (b'a', re.L), ('a' * 300, re.M | re.S), ("it's", 0),
             ('a', re.A), ('a', re.U), ('\n\t\u00e9', re.X), ('a', re.I | re.M | re.S | re.X | re.A), ('a', 1024)]:
    r = re.compile(p, f)
    print(repr(r), r.flags, r.groups, r.groupindex, type(r.pattern).__name__)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.M), re.compile('a') == 'a')
print(hash(re.compile('ab')) == hash(re.compile('ab')), len({re.compile('x'), re.compile('x'), re.compile('y')}))
print(type(re.compile('a')), re.Pattern, type(re.compile('a')) is re.Pattern, type(re.match('a', 'a')) is re.Match)
for f in [lambda: re.Pattern(), lambda: re.Match(), lambda: setattr(re.compile('q'), 'flags', 1)]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
