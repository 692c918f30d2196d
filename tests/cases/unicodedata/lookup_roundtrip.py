# name() and lookup() agree on every named code point of a stride of the
# whole range (stored names, computed names, both databases).
import unicodedata as u
count = 0
bad = []
for c in range(0, 0x110000, 3):
    ch = chr(c)
    n = u.name(ch, None)
    if n is None:
        continue
    count += 1
    if u.lookup(n) != ch or u.lookup(n.lower()) != ch:
        bad.append(c)
    m = u.ucd_3_2_0.name(ch, None)
    if m is not None and m != n:
        bad.append(-c)
print(count, bad[:10])
