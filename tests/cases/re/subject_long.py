# pattern.match(text, pos) at each token of a long decoded text, after the
# pattern searched another string that stays alive: each call must cost
# about the token, not the text (this finishes in well under a second).
import re

text = ("tok 12 (x) " * 30000).encode().decode()
header = ("header line " * 10).encode().decode()
p = re.compile(r"\w+|\d+|[()]|\s+")
print(len(p.findall(header)))
pos = count = widths = 0
while pos < len(text):
    m = p.match(text, pos, len(text) - 3)
    if m is None:
        break
    count += 1
    widths += m.end() - m.start()
    pos = m.end()
print(count, widths, pos, len(text))
b = text.encode("ascii")
bp = re.compile(rb"\S+")
pos = count = 0
while True:
    m = bp.search(b, pos)
    if m is None:
        break
    count += 1
    pos = m.end()
print(count, pos)
