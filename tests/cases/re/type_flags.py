# ASCII, LOCALE and UNICODE, given as flags or inline: the combinations
# refused (after the pattern is parsed, so syntax errors come first), the
# flags a compiled pattern reports and its repr, unknown flag bits kept.
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = [
    ('(', re.L), ('(', re.A | re.U), (b'(', re.U), (b'(?a)x', re.L), (b'(?L)x', re.A),
    ('(?a)x', re.U), ('(?u)x', re.A), ('(?a:x)', re.U), ('x', re.L), (b'x', re.U),
    ('x', re.A | re.U), (b'x', re.A | re.L), (b'x', re.L), (b'x', re.A), ('x', re.A), ('x', re.U),
    ('(?L)x', 0), (b'(?u)x', 0), ('(?au)x', 0), (b'(?aL)x', 0), ('(?a)(?u)x', 0), (b'(?L)(?a)x', 0),
    ('(?a)x', 0), ('(?u)x', 0), (b'(?L)x', 0), (b'(?a)x', 0), ('(?a:x)(?u:y)', 0), ('(?i)x', re.A),
    ('x', re.X | 1024), ('x', 1024), ('x', re.I | re.M | re.S | re.X), (b'x', re.I | re.L | 2048),
    ('x', re.NOFLAG), ('x', re.DOTALL | re.UNICODE), ('(?x)x', re.VERBOSE), ('(?s)(?m)x', 0),
]
for p, f in cases:
    show(lambda: (re.compile(p, f), re.compile(p, f).flags))
show(lambda: re.compile('x', 'a'))
show(lambda: re.compile('x', 1.5))
show(lambda: re.compile('x', None))
show(lambda: re.compile(re.compile('x'), re.I))
show(lambda: re.compile(re.compile('x'), 0))
show(lambda: re.compile(5))
show(lambda: re.search(b'(?a)\\w+', b'\xe9ab').group())
show(lambda: re.search(b'(?L)\\w+', b'ab').group())
show(lambda: re.findall('(?a)\\w+|\\d', '\xe9\u0663ab1'))
show(lambda: re.findall('\\w+|\\d', '\xe9\u0663ab1', re.A))
show(lambda: re.findall('(?u)\\w+', '\xe9ab1'))
