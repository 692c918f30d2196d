# decompress's bufsize is only a starting size: every value gives the same data.
import zlib

data = bytes(range(256)) * 200
c = zlib.compress(data)
for bufsize in (0, 1, 2, 7, 100, 16384, 1 << 20, 2**31):
    print(bufsize, zlib.decompress(c, 15, bufsize) == data)
print(zlib.decompress(c, bufsize=5) == data)
for bad in (-1, -100):
    try:
        zlib.decompress(c, bufsize=bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (1.0, "1", None):
    try:
        zlib.decompress(c, bufsize=bad)
    except TypeError as e:
        print("TypeError", e)
try:
    zlib.decompress(c, bufsize=2**70)
except OverflowError as e:
    print("OverflowError", e)
