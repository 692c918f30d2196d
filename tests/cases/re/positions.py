# pos and endpos: negative, past the end, crossed; empty subjects; what the
# match reports back.
import re

for pattern in ['', 'x*', 'a', '$', '^', r'\b', '(?=b)', 'a|', r'\Z']:
    p = re.compile(pattern)
    for s in ['', 'ab', 'ba']:
        for pos, endpos in [(0, 0), (1, 5), (5, 9), (-3, 1), (2, 1), (1, 1), (3, 3), (-9, -9), (0, 99)]:
            m = p.search(s, pos, endpos)
            print(repr(pattern), repr(s), pos, endpos,
                  m and (m.span(), m.pos, m.endpos),
                  # (CPython's match with pos past endpos depends on its engine's opcodes)
                  pos > max(endpos, 0) or p.match(s, pos, endpos) is not None,
                  pos > max(endpos, 0) or p.fullmatch(s, pos, endpos) is not None, p.findall(s, pos, endpos),
                  [m.span() for m in p.finditer(s, pos, endpos)])
p = re.compile('')
print(p.search('', 1), p.match('', 5), p.fullmatch('', 2), p.findall('', 3), list(p.finditer('', 1)))
print(list(p.finditer('ab', 5)), p.findall('ab', 7), re.compile('x*').search('ab', 9))
print(p.scanner('', 1).search(), p.search('abc', 4, 2), p.search('abc', 2, 1), list(p.finditer('abc', 3, 1)))
for bad in [None, 1.5, "1", 2**70, -2**70]:
    try:
        print(p.search('abc', bad))
    except Exception as e:
        print(type(e).__name__, e)
