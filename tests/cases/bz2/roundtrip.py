# bz2.compress and bz2.decompress round trips at every level.
import bz2

samples = [b"", b"a", b"hello world " * 100, bytes(range(256)) * 40,
           bytearray(b"bytearray data"), memoryview(b"memoryview data")]
for data in samples:
    for level in range(1, 10):
        c = bz2.compress(data, level)
        assert bz2.decompress(c) == bytes(data)
    print(len(data), bz2.compress(data)[:4], len(bz2.compress(data)))
print(bz2.compress(b"abc"))
print(bz2.decompress(bz2.compress(b"x" * 100000)) == b"x" * 100000)
print(bz2.decompress(b""))
for level in (0, 10, -1):
    try:
        bz2.compress(b"x", level)
    except ValueError as e:
        print("ValueError", e)
try:
    bz2.compress("text")
except TypeError as e:
    print("TypeError", e)
print(bz2.__all__)
