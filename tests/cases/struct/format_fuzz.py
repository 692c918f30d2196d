# Seeded random format strings: calcsize, or the error, must agree.
import binascii
import struct

seed = 424242
alphabet = 'xcbB?hHiIlLqQnNPefdFDsp0123456789 <>=!@z\t'
out = []
for n in range(1500):
    fmt = ''
    for _ in range(n % 9):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        fmt += alphabet[(seed >> 33) % len(alphabet)]
    try:
        r = struct.calcsize(fmt)
        try:
            s = struct.Struct(fmt)
            r = (r, s.size, len(s.unpack(bytes(s.size))) if s.size < 4096 else '-')
        except struct.error as e:
            r = (r, 'unpack', str(e))
    except struct.error as e:
        r = str(e)
    out.append('%r %s' % (fmt, r))
for line in out[::25]:
    print(line)
print(len(set(out)), sum(map(hash, out)) == sum(map(hash, out)))
print(binascii.crc32('\n'.join(out).encode()))
