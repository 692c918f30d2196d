import unicodedata as u
mirrored = [c for c in range(0x110000) if u.mirrored(chr(c))]
print(len(mirrored), ascii("".join(chr(c) for c in mirrored[:60])))
for db in (u, u.ucd_3_2_0):
    runs = []
    prev = None
    for c in range(0x20000):
        w = db.east_asian_width(chr(c))
        if w != prev:
            runs.append((c, w))
            prev = w
    print(db.unidata_version, len(runs), ["%04X:%s" % r for r in runs[:40]])
