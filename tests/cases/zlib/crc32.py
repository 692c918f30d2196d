# zlib.crc32: values, running values, and how the start value is read.
import zlib

for data in (b"", b"a", b"abc", b"hello world", bytes(range(256)), b"\x00" * 1000):
    print(len(data), zlib.crc32(data), hex(zlib.crc32(data)))
whole = zlib.crc32(b"hello world")
part = zlib.crc32(b"world", zlib.crc32(b"hello "))
print(whole == part)
for start in (0, 1, 12345, 2**32 - 1, 2**32, 2**32 + 5, -1, -2, 2**64 + 3, -(2**70), True):
    print(start, zlib.crc32(b"abc", start))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"xabcx")[1:4]))
for bad in ("abc", 1, None):
    try:
        zlib.crc32(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (1.0, "1", None):
    try:
        zlib.crc32(b"abc", bad)
    except TypeError as e:
        print("TypeError", e)
try:
    zlib.crc32(b"a", 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    zlib.crc32(data=b"a")
except TypeError as e:
    print("TypeError", e)
