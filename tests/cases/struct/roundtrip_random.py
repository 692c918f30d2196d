# Seeded random formats and values: pack, unpack, compare.
import struct

seed = 20261207


def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n


ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-2 ** 15, 2 ** 15 - 1), 'H': (0, 2 ** 16 - 1),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
codes = 'bBhHiIqQ?dfs'
for trial in range(60):
    order = '@=<>!'[rand(5)]
    fmt, vals = order, []
    for _ in range(1 + rand(6)):
        c = codes[rand(len(codes))]
        if c in ranges:
            lo, hi = ranges[c]
            vals.append(lo + (rand(2 ** 31) * rand(2 ** 31) * 3) % (hi - lo + 1))
            fmt += c
        elif c == '?':
            vals.append(bool(rand(2)))
            fmt += c
        elif c in 'df':
            vals.append(rand(10000) / 64.0 - 50)
            fmt += c
        else:
            n = rand(5)
            vals.append(bytes(rand(256) for _ in range(n)))
            fmt += '%ds' % n
    b = struct.pack(fmt, *vals)
    back = struct.unpack(fmt, b)
    print(fmt, len(b), b.hex()[:40], back == tuple(vals))
