# Very large max_length and length values are accepted; too large ones overflow.
import sys
import zlib

data = b"big limits " * 300
c = zlib.compress(data)
for limit in (2**31 - 1, 2**31, 2**32, 2**40, sys.maxsize):
    d = zlib.decompressobj()
    print(limit, d.decompress(c, limit) == data, d.unconsumed_tail, d.eof)
for limit in (sys.maxsize + 1, 2**70):
    try:
        zlib.decompressobj().decompress(c, limit)
    except OverflowError as e:
        print("OverflowError", e)
d = zlib.decompressobj()
d.decompress(c, 7)
print(len(d.flush(2**20)))
try:
    d.flush(2**70)
except OverflowError as e:
    print("OverflowError", e)
print(zlib.decompress(c, 15, sys.maxsize // 2**40) == data)
