# \d, \w and \s over Unicode: the digits, letters, marks and spaces of other
# scripts, against ASCII mode.
import re

samples = '0\u0661\u0966\uff11\u00b2\u2460a\u00e9\u4e00\u0301_\u200d\u00aa\u2167 \t\u00a0\u2000\u3000\u2028\x1c\x85\u180e\ufeff'
for p in [r'\d', r'\D', r'\w', r'\W', r'\s', r'\S', r'[\d\s]', r'[^\w\s]']:
    for f in [0, re.A]:
        print(p, f, ascii(''.join(re.findall(p, samples, f))))
