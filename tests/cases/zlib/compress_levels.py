# zlib.compress at every level, the output bytes themselves.
import zlib

text = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
for level in range(-1, 10):
    out = zlib.compress(text, level)
    print(level, len(out), out[:12].hex(), out[-8:].hex())
print(zlib.compress(text, level=9) == zlib.compress(text, 9))
print(zlib.compress(b"a").hex(), zlib.compress(b"").hex())
print(zlib.compress(b"abc", 0).hex())
