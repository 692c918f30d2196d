# Case-insensitive matching of the case pairs Unicode 16 added (PCRE2's tables
# may predate them), as literals, in classes and in ranges.
import re

pairs = [(0x19b, 0xa7dc), (0x264, 0xa7cb), (0x1c89, 0x1c8a), (0xa7cc, 0xa7cd), (0xa7da, 0xa7db),
         (0x10d50, 0x10d70), (0x10d65, 0x10d85), (0x10d5a, 0x10d7a)]
for a, b in pairs:
    a, b = chr(a), chr(b)
    print(hex(ord(a)), hex(ord(b)),
          [bool(re.fullmatch(x, y, re.I)) for x, y in [(a, b), (b, a), ('[%s]' % a, b), ('[%s]' % b, a)]],
          bool(re.fullmatch(a, b)), bool(re.fullmatch(a, b, re.I | re.A)))
print(re.findall('(?i)[\U00010d50-\U00010d52]+', '\U00010d70\U00010d71\U00010d73\U00010d51'))
print(re.findall('(?i)[\U00010d70-\U00010d85]', '\U00010d50\U00010d65\U00010d66'))
print(re.findall('(?i)[\u0190-\u01a0]', '\ua7dc\u019b'), re.findall('(?i)[^\u019b]', '\ua7dcx'))
