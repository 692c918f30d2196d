# The gzip container that wbits=31 writes, read back with 16+ and 32+ wbits.
import zlib

data = b"gzip container " * 30
g = zlib.compress(data, wbits=31)
print(g[:10].hex(), len(g), g[-8:].hex())
print(int.from_bytes(g[-8:-4], "little") == zlib.crc32(data), int.from_bytes(g[-4:], "little") == len(data))
co = zlib.compressobj(9, zlib.DEFLATED, 31)
g2 = co.compress(data) + co.flush()
print(g2[:10].hex(), zlib.decompress(g2, 31) == data, zlib.decompress(g2, 47) == data)
d = zlib.decompressobj(31)
print(d.decompress(g + b"next member") == data, d.unused_data)
bad = bytearray(g)
bad[-5] ^= 1
try:
    zlib.decompress(bytes(bad), 31)
except zlib.error as e:
    print("zlib.error:", e)
bad = bytearray(g)
bad[-1] ^= 1
try:
    zlib.decompress(bytes(bad), 31)
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.decompress(b"\x1f\x8b\x09" + g[3:], 31)
except zlib.error as e:
    print("zlib.error:", e)
