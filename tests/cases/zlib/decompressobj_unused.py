# Data after the end of the stream goes to unused_data, across calls too.
import zlib

c = zlib.compress(b"payload")
d = zlib.decompressobj()
print(d.decompress(c + b"EXTRA"), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data)
print(d.decompress(b""), d.unused_data)
d = zlib.decompressobj()
print(d.decompress(c[:-2]), d.eof, d.unused_data)
print(d.decompress(c[-2:] + b"xy"), d.eof, d.unused_data)
# two streams back to back
d = zlib.decompressobj()
both = zlib.compress(b"one") + zlib.compress(b"two")
first = d.decompress(both)
print(first, d.unused_data == zlib.compress(b"two"))
d2 = zlib.decompressobj()
print(d2.decompress(d.unused_data), d2.eof)
# unused data with max_length
d = zlib.decompressobj()
print(d.decompress(c + b"ZZ", 3), d.unconsumed_tail[-2:], d.unused_data)
print(d.decompress(d.unconsumed_tail), d.unused_data, d.eof)
