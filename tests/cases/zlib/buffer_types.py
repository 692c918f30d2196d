# Any bytes-like object is data: bytearray, memoryview slices and casts.
import zlib

src = b"buffers of many kinds " * 20
for obj in (src, bytearray(src), memoryview(src), memoryview(src)[5:50], memoryview(bytearray(src)).cast("B")):
    c = zlib.compress(obj)
    print(type(obj).__name__, len(c), zlib.decompress(c) == bytes(obj), zlib.crc32(obj), zlib.adler32(obj))
    co = zlib.compressobj()
    print(" obj", zlib.decompress(co.compress(obj) + co.flush()) == bytes(obj))
m = memoryview(b"abcdefgh")[::2]
for f in (zlib.compress, zlib.crc32):
    try:
        f(m)
    except Exception as e:
        print(type(e).__name__, e)
for f in (zlib.compress, zlib.decompress, zlib.crc32, zlib.adler32, zlib.compressobj().compress,
          zlib.decompressobj().decompress):
    for bad in ("str", 5, [1]):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
