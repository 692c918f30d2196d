# gzip.compress and gzip.decompress: the bytes written and read back.
import gzip

for data in (b"", b"abc", b"hello world " * 100, bytes(range(256)) * 10):
    for level in (0, 1, 6, 9):
        c = gzip.compress(data, level)
        print(len(data), level, c[:10].hex(), c[-8:].hex(), gzip.decompress(c) == data)
print(gzip.compress(b"abc", mtime=123456).hex())
print(gzip.compress(b"abc", compresslevel=-1).hex())
print(gzip.compress(bytearray(b"xyz")).hex(), gzip.compress(memoryview(b"xyz")).hex())
print(gzip.compress(b"x", mtime=None)[4:8] != bytes(4))
print(gzip.decompress(gzip.compress(b"one") + gzip.compress(b"two")))
print(gzip.decompress(gzip.compress(b"pad") + b"\0" * 5))
print(gzip.decompress(b""))
