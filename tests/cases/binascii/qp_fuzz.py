# Seeded random inputs through b2a_qp with each combination of flags.
import binascii

seed = 99
alphabet = b'ab =.\t\r\n_\xff\x00'
lines = []
for n in range(300):
    data = bytearray()
    for _ in range(n % 90):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(alphabet[(seed >> 16) % len(alphabet)])
    flags = n % 8
    enc = binascii.b2a_qp(bytes(data), quotetabs=bool(flags & 1), istext=bool(flags & 2), header=bool(flags & 4))
    lines.append(enc)
    if n % 25 == 0:
        print(n, enc)
print(sum(map(len, lines)), hash(b''.join(lines)) == hash(b''.join(lines)))
print(binascii.crc32(b'|'.join(lines)))
