# Errors in patterns spread over several lines (VERBOSE ones, say): the
# message gives line and column; lineno and colno agree with pos.
import re

for p in ['(\n', 'a\nb\n)', '(?x)\n  a\n  [b\n', 'a\n\n\\q', '(?x)\n# comment\n(?P<1>x)', 'x\r\ny(',
          '\n', '\n(?z)', 'ok\nstill ok\n{1}', b'(\n', b'a\nb)', '(?x)(a\n|b\n|\\8)', 'abc\n(?<=a+)d']:
    try:
        re.compile(p)
        print(ascii(p), 'ok')
    except re.error as e:
        print(ascii(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
e = re.error('msg')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e), repr(e))
e = re.error('msg', 'ab\ncd', 4)
print(e.msg, e.pos, e.lineno, e.colno, str(e))
e = re.error('msg', b'ab\ncd', 1)
print(e.lineno, e.colno, str(e))
