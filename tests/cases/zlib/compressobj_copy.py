# Copies of compressors and decompressors go their own ways.
import copy
import zlib

co = zlib.compressobj(9)
head = co.compress(b"shared beginning " * 20)
twin = co.copy()
a = head + co.compress(b"first ending") + co.flush()
b = head + twin.compress(b"second ending") + twin.flush()
print(zlib.decompress(a)[-12:], zlib.decompress(b)[-13:])
for make in (copy.copy, copy.deepcopy, lambda o: o.__copy__(), lambda o: o.__deepcopy__({})):
    co = zlib.compressobj()
    co.compress(b"abc")
    c2 = make(co)
    print(type(c2).__name__, c2 is co, zlib.decompress(c2.flush()), zlib.decompress(co.flush()))

data = zlib.compress(b"0123456789" * 100)
d = zlib.decompressobj()
first = d.decompress(data[:20])
d2 = d.copy()
print(first + d.decompress(data[20:]) == first + d2.decompress(data[20:]))
print(d.eof, d2.eof)
d3 = copy.copy(d)
print(d3.eof, d3.unused_data, d3.decompress(b"tail"), d3.unused_data, d.unused_data)
