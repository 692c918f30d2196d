# How many code points each category, bidirectional class, east asian
# width, combining class and mirrored value has, in both databases (every
# third code point of planes 0-3, and plane 14).
import unicodedata as u
for db in (u, u.ucd_3_2_0):
    for prop in ("category", "bidirectional", "east_asian_width", "combining", "mirrored"):
        f = getattr(db, prop)
        counts = {}
        for c in list(range(0, 0x40000, 3)) + list(range(0xE0000, 0xE1000)):
            v = f(chr(c))
            counts[v] = counts.get(v, 0) + 1
        print(db.unidata_version, prop, sorted(counts.items()))
