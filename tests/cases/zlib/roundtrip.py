# compress and decompress give the data back, for many sizes and contents.
import zlib

def sample(n, seed):
    out = bytearray()
    x = seed
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0x3F)
    return bytes(out)

for n in (0, 1, 2, 100, 1000, 16383, 16384, 16385, 65536, 300000):
    data = sample(n, n + 1)
    for level in (0, 1, 6, 9):
        c = zlib.compress(data, level)
        back = zlib.decompress(c)
        assert back == data, (n, level)
    print(n, len(zlib.compress(data)), zlib.crc32(data))
print(zlib.decompress(zlib.compress(bytearray(b"xyz"))) , zlib.decompress(bytearray(zlib.compress(b"xyz"))))
