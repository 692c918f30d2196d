# A compressor fed in pieces, with each flush mode.
import zlib

pieces = [b"alpha " * 30, b"beta " * 40, b"", b"gamma " * 50, bytes(range(100))]
whole = b"".join(pieces)
co = zlib.compressobj()
out = b"".join(co.compress(p) for p in pieces) + co.flush()
print(len(out), out == zlib.compress(whole), zlib.decompress(out) == whole)

for mode in ("Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_BLOCK"):
    co = zlib.compressobj(6)
    chunks = []
    for p in pieces:
        chunks.append(co.compress(p))
        chunks.append(co.flush(getattr(zlib, mode)))
    chunks.append(co.flush())
    data = b"".join(chunks)
    print(mode, [len(c) for c in chunks], zlib.decompress(data) == whole)

co = zlib.compressobj()
a = co.compress(b"sync me")
b = co.flush(zlib.Z_SYNC_FLUSH)
print((a + b)[-4:].hex())
d = zlib.decompressobj()
print(d.decompress(a + b))
print(co.flush(zlib.Z_NO_FLUSH), co.flush(zlib.Z_NO_FLUSH))
print(len(co.flush(zlib.Z_FINISH)))
