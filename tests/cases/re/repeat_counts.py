# Repeat counts: every {m,n} form, braces that are literals, counts at and
# beyond the engine's limit, and min above max.
import re

for p in ['a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a{0}', 'a{0,0}', 'a{,}', 'a{}', 'a{x}', 'a{1,x}', 'a{ 1}',
          'a{1', 'a{1,', '{1}', 'x{1}{2}', 'a{3,2}', 'a{2,2}', 'a{02}', 'a{4294967295}',
          'a{1,4294967295}', 'a{99999999999999999999}', 'a{,99999999999999999999}', '\\{1}', '[{]1}',
          'a{1}?', 'a{1}+', 'a{1}*', 'a{,2}?', '(?:ab){2}', 'a{1,2}{3}', 'a{1}b{2,3}c{,4}d{5,}',
          'a{65535}', 'a{1,65535}']:
    try:
        r = re.compile(p)
        print(ascii(p), 'ok', [m.span() for m in r.finditer('aaaa a{} a{x} {1} a{1 a{,}')][:6])
    except re.error as e:
        print(ascii(p), 'error', e)
    except OverflowError as e:
        print(ascii(p), 'OverflowError', e)
