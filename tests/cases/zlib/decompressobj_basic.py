# A decompressor fed a stream in pieces of every size.
import zlib

data = b"".join(b"line %d of the text\n" % i for i in range(500))
c = zlib.compress(data)
for size in (1, 2, 3, 7, 64, 1000, len(c)):
    d = zlib.decompressobj()
    out = []
    for i in range(0, len(c), size):
        out.append(d.decompress(c[i:i + size]))
    out.append(d.flush())
    print(size, b"".join(out) == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b""), d.eof)
print(d.decompress(bytearray(c)) == data, d.eof)
d = zlib.decompressobj(wbits=-15)
raw = zlib.compress(data, wbits=-15)
print(d.decompress(memoryview(raw)) == data, d.eof)
d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(data, wbits=31)) == data)
