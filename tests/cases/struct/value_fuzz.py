# Seeded random values against every code and byte order: bytes or error text.
import binascii
import struct

seed = 1234
values = [0, 1, -1, 127, 128, -129, 255, 256, 65535, -32769, 2 ** 31, -2 ** 31 - 1, 2 ** 32, 2 ** 63,
          -2 ** 63 - 1, 2 ** 64, 10 ** 30, 0.5, -0.0, 1e39, 70000.0, float('inf'), float('nan'), 1j, True,
          b'a', b'', b'abcdef', bytearray(b'xy'), 'a', None]
lines = []
for n in range(2000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    code = 'bBhHiIlLqQnNP?efdFDcsp'[(seed >> 20) % 22]
    order = '@=<>!'[(seed >> 40) % 5]
    v = values[(seed >> 50) % len(values)]
    try:
        r = struct.pack(order + code, v).hex()
    except (struct.error, OverflowError) as e:
        r = '%s: %s' % (type(e).__name__, e)
    lines.append('%s%s %r %s' % (order, code, v, r))
for line in lines[::40]:
    print(line)
print(binascii.crc32('\n'.join(lines).encode()))
