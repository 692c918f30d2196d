# BZ2Compressor fed in pieces; BZ2Decompressor fed byte by byte.
import bz2

data = b"".join(b"line %d of the text\n" % i for i in range(2000))
comp = bz2.BZ2Compressor(5)
parts = [comp.compress(data[i:i + 997]) for i in range(0, len(data), 997)]
parts.append(comp.flush())
blob = b"".join(parts)
print(len(blob), blob == bz2.compress(data, 5))
print([len(p) for p in parts if p])

dec = bz2.BZ2Decompressor()
out = []
for i in range(len(blob)):
    out.append(dec.decompress(blob[i:i + 1]))
    if dec.eof:
        break
print(b"".join(out) == data, dec.eof, dec.needs_input, dec.unused_data)

dec = bz2.BZ2Decompressor()
print(dec.decompress(memoryview(blob + b"extra")) == data, dec.unused_data)
dec = bz2.BZ2Decompressor()
print(dec.decompress(bytearray(blob[:100])), dec.needs_input, dec.eof)
print(dec.decompress(blob[100:] + b"more") == data, dec.unused_data, dec.eof)
try:
    dec.decompress(b"")
except EOFError as e:
    print("EOFError", e)
