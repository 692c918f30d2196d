# ^, $, \A, \Z and . under MULTILINE and DOTALL, given as flags, globally
# inline, or scoped; line ends other than \n are not line ends.
import re

text = 'one\ntwo\r\nthree\n\nfour\u2028five\n'
for p in [r'^\w+', r'\w+$', r'(?m)^\w+', r'(?m)\w+$', r'(?m)^$', r'\A\w+', r'\w+\Z', r'(?m)\w+\Z',
          r'.+', r'(?s).+', r'(?s:.)\w', r'(?m:^t)\w+', r'$', r'(?m)$', r'^', r'(?m)^', r'.$', r'(?s).$',
          r'(?m)(?-m:^)\w+', r'(?ms)^.', r'\n$', r'(?m)\r$', r'.\Z', r'(?m).\Z']:
    r = re.compile(p)
    print(ascii(p), ascii(r.findall(text)), [m.span() for m in r.finditer(text)][:8])
for f in [0, re.M, re.S, re.M | re.S]:
    print(f, re.findall('^.', 'a\nb\n', f), re.findall('.$', 'a\nb\n', f), re.sub('$', '!', 'a\nb\n', flags=f))
