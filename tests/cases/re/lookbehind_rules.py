# Look-behinds: CPython's fixed-width rule (alternatives of one width, fixed
# repeats, groups, back references of closed groups outside) and what may be
# referred to from inside one: groups closed before it only, for back
# references and conditionals alike.
import re

patterns = [
    '(?<=a+)b', '(?<=a|bc)b', '(?<=ab|cd)e', '(?<=a{2})b', '(?<=a{1,2})b', '(?<=(a)\\1)b',
    '(a)(?<=\\1)b', '(?<=(?:ab){2})c', '(?<=a.c)d', '(?<=\\d\\w)x', '(?<=[abc]{3})d', '(?<!a*)b',
    '(?<=\\b)a', '(?<=^)a', '(?<=a(?=b))b', '(?<=a(?!c)b)c', '(?<=(?P<n>a))b(?P=n)', '(?<=)a',
    '(?<=a|)b', '(?<=(?:a|bc)d)e', '(?<=\\x41\\u0042)c', '(?<=a{0})b', '(?<=(?i:ab))c',
    '(?<=(?(1)a|b))', '(?(1)a)', '((?(1)a))', '((?(2)a))', '((?(3)a))', '(((?(2)a)))',
    '(a)(?<=(?(1)b))', '(?<=(a)(?(1)b))', '(?<=(?(1)b)(a))', '(?<=(?P<n>a)(?(n)b))',
    '(?<=((?(2)c))(a))', '(?<=(a)(?(1)b|c))x', '(?<=(?(1)a|bb))(a)', '(?P<n>(?(n)a))',
    '(?<=(a)|(?(1)b))', '(?<=(?(2)b)(a)(b))', '((a)(?<=(?(2)b)))', '(?<!(?P<g5>a)(?(g5)i))',
    '(?(1)(a))', '(?P<x>(?(x)a|b))', 'x(?<=(a)\\1)', '(?<=(?(5)b))', '(?<=(?(zz)b))',
    '(?<=((?(1)c)))', '(a)(?<=(?(1)b|c))', '(?<=(?(0)b))', '(?<=(a)(?(1)))',
    '(?<=(a)(?(1)b|c)(?(1)c))', '(?<=\\1(a))', '(?<=(?P=n)(?P<n>a))', '(?<=(?P<n>(?P=n)))',
    '(a)(b)(?<=\\1\\2)c', '(a)(?<!(?(1)x|y))z', '(?<=\\N{LATIN SMALL LETTER A})b',
]
for p in patterns:
    try:
        r = re.compile(p)
    except re.error as e:
        print(repr(p), 'error:', e)
        continue
    print(repr(p), [m.span() for m in r.finditer('abab cdeaab xaab aaxz abc')])
