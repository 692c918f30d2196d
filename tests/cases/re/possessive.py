# Possessive repeats (*+, ++, ?+, {m,n}+) and atomic groups: what they take
# they never give back.
import re

cases = [
    (r'a*+a', ['aaa', 'aab']), (r'a++b', ['aaab', 'b']), (r'a?+a', ['a', 'aa']),
    (r'a{1,3}+a', ['aaaa', 'aaa']), (r'"[^"]*+"', ['"abc"', '"abc']), (r'\d++\.\d', ['12.5', '12.']),
    (r'(?:ab)*+ab', ['ababab']), (r'(ab|a)++b', ['abab', 'aab']), (r'x{2}+', ['xxxx']),
    (r'[a-c]*+c', ['abc', 'abcd']), (r'(?>a+)b', ['aaab']), (r'(?>a|ab)c', ['abc', 'ac']),
    (r'(?>(\w+))\1', ['abab', 'aa']), (r'.*+$', ['abc\n']), (r'(?s).*+x', ['ab\nx']),
    (r'(?i)A++', ['aAa']), (r'\w{2,}+\b', ['hello world']), (r'(a*)++b', ['aab']),
    (r'a{,2}+a', ['aaa', 'aa']), (r'a*?+', ['aaa']), (r'a++?', ['aa']),
]
for p, subjects in cases:
    try:
        r = re.compile(p)
    except re.error as e:
        print(p, 'error', e)
        continue
    for s in subjects:
        m = r.search(s)
        print(p, repr(s), m and (m.span(), m.groups()), r.findall(s), [m.span() for m in r.finditer(s)])
