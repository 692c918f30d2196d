# Empty data everywhere.
import zlib

e = zlib.compress(b"")
print(e.hex(), zlib.decompress(e), zlib.compress(b"", 0).hex(), zlib.compress(b"", wbits=-15).hex())
print(zlib.compress(b"", wbits=31).hex())
co = zlib.compressobj()
print(co.compress(b""), co.flush(zlib.Z_SYNC_FLUSH).hex(), co.compress(b""), co.flush().hex())
d = zlib.decompressobj()
print(d.decompress(b""), d.flush(), d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(e), d.eof, d.decompress(b""), d.flush())
print(zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(b"", 77), zlib.adler32(b"", 77))
print(zlib.decompress(zlib.compress(bytearray())), zlib.decompress(memoryview(e)))
try:
    zlib.decompress(b"", -15)
except zlib.error as e:
    print("zlib.error:", e)
