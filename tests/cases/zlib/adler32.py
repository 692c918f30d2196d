# zlib.adler32: values, running values, start values of every size.
import zlib

for data in (b"", b"a", b"abc", b"Wikipedia", bytes(range(256)) * 30, b"\xff" * 5552, b"\xff" * 5553):
    print(len(data), zlib.adler32(data))
print(zlib.adler32(b"def", zlib.adler32(b"abc")) == zlib.adler32(b"abcdef"))
for start in (0, 1, 65521, 2**31, 2**32 - 1, 2**32, -1, 2**64, -(2**40) + 7):
    print(start, zlib.adler32(b"abc", start))
print(zlib.adler32(memoryview(b"abc")), zlib.adler32(bytearray(3)))
for bad in ("abc", 3.0):
    try:
        zlib.adler32(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    zlib.adler32(b"x", 2.5)
except TypeError as e:
    print("TypeError", e)
try:
    zlib.adler32()
except TypeError as e:
    print("TypeError", e)
