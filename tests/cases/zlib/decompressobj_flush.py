# Decompress.flush: the rest of the tail, its length argument, and after the end.
import zlib

data = b"flush me " * 1000
c = zlib.compress(data)
d = zlib.decompressobj()
head = d.decompress(c, 100)
for length in (1, 2, 16384, 10**6):
    dd = d.copy()
    print(length, head + dd.flush(length) == data, dd.eof)
for bad in (0, -1):
    try:
        d.flush(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    d.flush(1.0)
except TypeError as e:
    print("TypeError", e)
print(len(d.flush()), d.eof)
print(d.flush(), d.eof)
try:
    d.decompress(b"after")
except zlib.error as e:
    print("zlib.error:", e)
try:
    d.copy()
except ValueError as e:
    print("ValueError", e)
d = zlib.decompressobj()
print(d.flush(), d.eof)
print(d.decompress(c) == data, d.eof)
