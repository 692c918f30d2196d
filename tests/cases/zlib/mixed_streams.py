# Mixed use: flush points inside a stream read back by a decompressor as they arrive.
import zlib

co = zlib.compressobj(wbits=-15)
d = zlib.decompressobj(wbits=-15)
got = []
for word in (b"first", b"second", b"third" * 100, b"fourth"):
    chunk = co.compress(word) + co.flush(zlib.Z_SYNC_FLUSH)
    got.append(d.decompress(chunk))
    print(len(chunk), got[-1][:12], d.eof)
tail = co.flush()
print(d.decompress(tail), d.eof, d.unused_data)
co = zlib.compressobj()
a = co.compress(b"x" * 1000) + co.flush(zlib.Z_FULL_FLUSH)
b = co.compress(b"y" * 1000) + co.flush()
print(len(a), len(b), zlib.decompress(a + b) == b"x" * 1000 + b"y" * 1000)
