# How many code points each category, bidirectional class, east asian
# width, combining class and mirrored value has, in both databases.
import unicodedata as u
for db in (u, u.ucd_3_2_0):
    for prop in ("category", "bidirectional", "east_asian_width", "combining", "mirrored"):
        f = getattr(db, prop)
        counts = {}
        for c in range(0x110000):
            v = f(chr(c))
            counts[v] = counts.get(v, 0) + 1
        print(db.unidata_version, prop, sorted(counts.items()))
