# split: with and without groups, empty matches (allowed since 3.7), maxsplit,
# optional groups giving None, matches at both ends.
import re

cases = [
    (r',', 'a,b,,c,'), (r'(,)', 'a,b,,c'), (r'(,)|(;)', 'a,b;c'), (r'x*', 'axbc'), (r'', 'abc'),
    (r'\b', 'ab cd'), (r'(?=b)', 'abab'), (r'(?<=a)', 'aab'), (r'^', 'a\nb'), (r'(?m)^', 'a\nb'),
    (r'$', 'a\nb'), (r'(?m)$', 'a\nb\n'), (r'\s+', '  a  b  '), (r'(a)?b', 'xbyabz'), (r'a|', 'bab'),
    (r'(?:)', ''), (r'x', ''), (r'(x)', ''), (r'[,;]\s*', 'a, b;c'), (rb',', b'a,b'), (rb'(,)', b'a,,'),
]
for p, s in cases:
    r = re.compile(p)
    print(ascii(p), ascii(s), ascii(r.split(s)), ascii(r.split(s, maxsplit=1)), ascii(r.split(s, maxsplit=2)))
print(re.split(',', 'a,b,c', maxsplit=-1), re.split(',', 'a,b', maxsplit=0), re.split('(,)', 'a,b', maxsplit=True))
