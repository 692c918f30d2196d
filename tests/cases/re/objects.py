# Pattern and Match objects: attributes, reprs, group access, comparison,
# errors of group lookups, pos and endpos.
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\d+)?(;)?')
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
print(type(p).__name__, type(p).__module__, re.Pattern is type(p))
m = p.search('x  key=42; y')
print(m, type(m).__name__, type(m).__module__, re.Match is type(m), bool(m))
print(m.group(), m.group(0), m.group(1), m.group('value'), m.group(1, 'value', 0))
print(m[0], m['key'], m[3], m.groups(), m.groupdict(), m.groupdict('-'))
print(m.start(), m.end(), m.span(), m.start('value'), m.end(2), m.span(3), m.regs)
print(m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos)
m = p.match('k=')
print(m.groups(), m.groups('?'), m.span(2), m.start(2), m.group(2), m.lastindex, m.lastgroup)
for bad in [4, -1, 'nope', 1.0, None, True]:
    try:
        print(m.group(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
    try:
        print(m[bad])
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
    try:
        print(m.span(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)

print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex,
      re.match('(a)(b)?', 'a').lastindex, re.match('((a)|b)*', 'ab').lastindex,
      re.match('(?P<o>(?P<i>a))', 'a').lastgroup, re.match('(a)|b', 'b').lastindex)

r = re.compile('b')
print(r.search('abcb', 2), r.search('abcb', 2, 3), r.search('abcb', 10), r.search('abcb', -10),
      r.search('abcb', 3, 1), r.match('ab', 1), r.fullmatch('abb', 1, 2), r.fullmatch('ab'))
m = r.search('abcb', 1, 3)
print(m.pos, m.endpos, r.search('ab', -5, 99).pos, r.search('ab', -5, 99).endpos)
print(re.match('^b', 'ab', ), re.compile('^b').search('ab', 1), re.compile(r'\Ab').search('ab', 1),
      re.compile('(?m)^b').search('a\nb', 2), re.compile('a$').search('ab', 0, 1),
      re.compile('a+$').fullmatch('aaab', 1, 3))

# reprs
for pat, flags in [('a', 0), ('a', re.I), ('a', re.I | re.M | re.S | re.X), ('a', re.A), ('a', re.U),
                   (b'a', 0), (b'a', re.L), (b'a', re.I), ('x' * 300, 0), ("it's", 0), ('a\n', 0),
                   ('(?i)a', 0), ('(?x)a', re.M)]:
    print(repr(re.compile(pat, flags)))
print(repr(re.match('.*', 'x' * 100)), repr(re.match(b'a', b'a')), repr(re.match('', '')))

# equality and hashing
a, b = re.compile('a+'), re.compile('a+')
print(a == b, a is b, hash(a) == hash(b), a == re.compile('a+', re.I), a == 'a+', a != b)
re.purge()
c = re.compile('a+')
print(c == a, c is a)

# compile's arguments
print(re.compile(a) is a)
for args in [(a, re.I), (1,), (None,), (['a'],), ('a', 'x')]:
    try:
        print(re.compile(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'a', re.A | re.L)]:
    try:
        print(re.compile(*args))
    except Exception as e:
        print(type(e).__name__, e)
for f in [re.NOFLAG, re.A, re.I, re.L, re.M, re.S, re.U, re.X, re.ASCII, re.IGNORECASE, re.LOCALE,
          re.MULTILINE, re.DOTALL, re.UNICODE, re.VERBOSE, re.DEBUG]:
    print(int(f), end=' ')
print()

# str and bytes do not mix
for pat, s in [('a', b'a'), (b'a', 'a'), ('a', 1), (b'a', None), ('a', bytearray(b'a'))]:
    try:
        print(re.search(pat, s))
    except TypeError as e:
        print('TypeError', e)
print(re.search(b'a', bytearray(b'xa')), re.findall(b'.', bytearray(b'ab')))
print(re.escape('a.b-c d\t#&~*?+()[]{}|^$\\é'), re.escape(b'a.b\xff '), re.escape(''))

m = re.match('(a)', 'a')
print(type(m), type(m).__name__, type(m).__module__, type(m).__qualname__)
for f in [lambda: re.Match(), lambda: type('X', (re.Match,), {}), lambda: m.group(1, 2), lambda: m.start(5),
          lambda: m.groups(1, 2), lambda: m.expand(), lambda: m.span('x'),
          lambda: m.group(2**70)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(m.groups(default=5), m.groupdict(default=1), m.expand(template=r'\1'), m.__copy__() is m)
print(re.Match.group.__doc__ is not None, hasattr(m, '__dict__'), m == m, m != re.match('(a)', 'a'))
