# Group names: identifiers of any script, ASCII only for bytes, duplicates,
# references to unknown names, and the errors for bad names.
import re

for p in [r'(?P<a>x)', r'(?P<_1>x)', r'(?P<\u00e9t\u00e9>x)', r'(?P<\u0661>x)', r'(?P<a1_>x)', r'(?P<1a>x)',
          r'(?P<a b>x)', r'(?P<a-b>x)', r'(?P<>x)', r'(?P<a>x)(?P<a>y)', r'(?P<a>x)(?P=a)', r'(?P=a)',
          r'(?P<a>x)(?P=b)', r'(?P<a', r'(?P<a>', r'(?P=', r'(?P=a', r'(?P<\U0001d400>x)', r'(?P<a\u0301>x)',
          r'(?P<\u00b2>x)', r'(?P<Ⅻ>x)', r'(?P<a>x)|(?P<b>y)', r'(?P<None>x)', r'(?P<class>x)']:
    for pattern in ([p, p.encode('utf-8')] if p.isascii() else [p, p.encode('utf-8')]):
        try:
            r = re.compile(pattern)
            print(ascii(pattern), 'ok', ascii(dict(r.groupindex)), r.groups)
        except re.error as e:
            print(ascii(pattern), 'error', ascii(str(e)))
m = re.match('(?P<\u00e9>a)(?P<b>b)?', 'a')
print(m.group('\u00e9'), m['\u00e9'], m.groupdict(), m.span('\u00e9'), m.start('b'), m.lastgroup)
for bad in ['c', 3, -1, 1.0, None]:
    try:
        print(m.group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
