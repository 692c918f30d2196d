# Several megabytes through one-shot and streaming paths.
import zlib

block = bytes((i * 7 + (i >> 5)) & 0xFF for i in range(4096))
data = block * 1500 + bytes(range(256)) * 1000
c = zlib.compress(data)
print(len(data), len(c), zlib.crc32(c), zlib.decompress(c) == data)
co = zlib.compressobj(1)
parts = [co.compress(data[i:i + 100000]) for i in range(0, len(data), 100000)]
parts.append(co.flush())
s = b"".join(parts)
print(len(s), zlib.crc32(s))
d = zlib.decompressobj()
out = bytearray()
for i in range(0, len(s), 65536):
    out += d.decompress(s[i:i + 65536])
out += d.flush()
print(out == data, d.eof)
print(zlib.crc32(data), zlib.adler32(data))
