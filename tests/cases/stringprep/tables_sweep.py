# Every table of stringprep over a seeded sample of code points.
import random, stringprep, zlib
rng = random.Random(3454)
points = [rng.randrange(0x110000) for _ in range(4000)] + list(range(0, 0x3000, 7)) + list(range(0xFE00, 0x10000))
points = [p for p in points if not 0xD800 <= p <= 0xDFFF]
names = ['a1', 'b1', 'c11', 'c12', 'c11_c12', 'c21', 'c22', 'c21_c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'd1', 'd2']
for name in names:
    f = getattr(stringprep, 'in_table_' + name)
    hits = [p for p in points if f(chr(p))]
    print(name, len(hits), zlib.crc32(repr(hits).encode()))
for name in ['b2', 'b3']:
    f = getattr(stringprep, 'map_table_' + name)
    out = [(p, f(chr(p))) for p in points]
    changed = [(p, s) for p, s in out if s != chr(p)]
    print(name, len(changed), zlib.crc32(repr(changed).encode()))
