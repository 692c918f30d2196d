# re.error (re.PatternError): the message, position, line and column CPython
# gives for each kind of bad pattern.
import re

print(re.error is re.PatternError, re.PatternError.__name__, re.PatternError.__module__,
      issubclass(re.error, Exception))

bad = [
    '(', ')', '*', '+', '?', '{1}', 'a**', 'a*+?', 'a{1}{2}', '^*', r'\b+', '(?<x', '(?P<1>a)',
    '(?P<a>a)(?P<a>b)', '(?P=b)', '(?P', '(?P<', '(?P<a', '(?Px', '[', '[a', '[]', '[^]', '[b-a]',
    r'[a-\d]', r'[\w-z]', '\\', r'\x', r'\xg', r'\x1', r'\u12', r'\U0011ffff', r'\U1234', r'\q',
    r'\1', r'(a)\2', r'(a\1)', '(?i', '(?z)', '(?i-i:a)', '(?-i)a', 'a(?i)', 'a|(?i)b', '(?i)a(?m)',
    '(?<=a*)', '(?<=a|bc)', '(?<!a+)b', '(?(1)a|b|c)', '(?(1a)b)', '(?(2)a)', '(a)(?(3)a)',
    'a{2,1}', '(?#abc', '(?', '(?P=)', '(?P=1a)', '(?a-u:x)', '(?au)', '(?L)', '(?x)a\n (?i)',
    '(?>', '(?>a', '(?:', r'[\A]', r'\8', r'[\8]', r'\400', r'[\400]', '(?(b)y)', '(?()y)',
    '(?(-1)y)', '(?(0)a)', '(?x)( #', '(?-)', '(?-:a)', '(?i-:a)', '(?iz:a)', '(?i!a)', '(?-z:a)',
    '(?-i', '(?i-', 'abc\n(', '\n\n  (?z)', 'a)b', '(a))', '(?<', '(?<=', '(?=a', '(?!', 'x|*',
    '(*)', '(?P<a-b>x)', '(?P<é>x)(?P=é)(?P<ü', r'\N', r'\N{', r'\N{}', '[a-]]b-a]', '[a', '[\\',
    r'(?P<a>x)\g<a>', '(?P<a>)(?P=a', '(?P=a', 'a{,}{2}',
]
for p in bad:
    try:
        r = re.compile(p)
        print(repr(p), 'compiled', r.groups)
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)

for p in [b'\\u1234', b'(?u)a', b'(?a)a', b'[\\u1234]', b'\\N{LATIN SMALL LETTER A}', b'(', b'a\n(',
          b'(?P<\xe9>x)', b'(?L)a', b'(?aL)a', b'\\U00000041']:
    try:
        r = re.compile(p)
        print(p, 'compiled', r.flags)
    except re.error as e:
        print(p, '->', e, '|', e.pos, e.lineno, e.colno)

for p in ['a{4294967295}', 'a{4294967296}', 'a{99999999999999999999}', 'a{1,4294967295}']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except Exception as e:
        print(p, type(e).__name__, e)

# the error class on its own
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
e = re.error('boom', b'ab', 1)
print(e, e.lineno, e.colno)
# group references inside look-behinds: the width is the group's

for p in [r'(a)(?<=\1)', r'(?<=(a)\1)', r'(ab)(?<=\1)c', r'(?P<x>a)(?<=(?P=x))', r'(a*)(?<=\1)',
          r'(?<=(?P<y>a)(?P=y))', r'(a)(?<=(b)\1)', r'(?<=a(b)?)', r'(a)(?<!\1)b']:
    try:
        print(p, re.compile(p), re.search(p, 'aab aabc'))
    except Exception as e:
        print(p, type(e).__name__, e)
