# Where Unicode 3.2 and 16.0 differ, property by property, counted over
# every other code point of planes 0-3 and plane 14; and a sample of the
# characters that changed.
import unicodedata as u
old = u.ucd_3_2_0
props = ("category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition")
diffs = {p: [] for p in props}
for c in list(range(0, 0x32000, 2)) + list(range(0xE0000, 0xE1000)):
    ch = chr(c)
    for p in props:
        if getattr(u, p)(ch) != getattr(old, p)(ch):
            diffs[p].append(c)
for p in props:
    print(p, len(diffs[p]), ["%04X" % c for c in diffs[p][:12]])
for c in diffs["decomposition"][:20]:
    print("%04X" % c, repr(u.decomposition(chr(c))), repr(old.decomposition(chr(c))))
nums = [c for c in range(0x30000) if u.numeric(chr(c), None) != old.numeric(chr(c), None)]
print(len(nums), ["%04X" % c for c in nums[:15]])
