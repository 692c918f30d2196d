# Inline flags: global ones at the start only, scoped (?flags:...) and
# (?-flags:...), and the errors for bad combinations.
import re

for p in ['(?i)a', 'a(?i)', '(?i)(?m)a', '(?im)a', '(?i:a)A', '(?-i:a)', '(?i-m:a)', '(?-m:a)', '(?i-i:a)',
          '(?m-i)a', '(?x)a b', '(?s:.)', '(?a:\\w)', '(?u:\\w)', '(?L:\\w)', '(?i', '(?i-', '(?-', '(?-:a)',
          '(?iz)a', '(?z)', '(?i:', '(?:a)(?i)', '(?#x)(?i)a', '(?x)(?#c)(?i)a', '(?a)(?u)a', '(?au:a)',
          '(?a-u:a)', '(?-a:a)', '(?i)(?i)a', '(?u)a', '(?t)a', '(?imsx-:a)', '(?msx-i:a)', '(?:(?i)a)',
          '\n(?i)a', '(?x)\n(?i)a', '(?x) (?i)a', '(?x)# c\n(?i)a']:
    try:
        r = re.compile(p)
        print(ascii(p), 'ok', r.flags, ascii(r.findall('aA a\nA\u00e9')))
    except re.error as e:
        print(ascii(p), 'error', e)
    except ValueError as e:
        print(ascii(p), 'ValueError', e)
for p in [b'(?L)\\w', b'(?u)a', b'(?a)\\w', b'(?L:a)', b'(?aL)a']:
    try:
        print(p, re.compile(p).flags)
    except (re.error, ValueError) as e:
        print(p, type(e).__name__, e)
