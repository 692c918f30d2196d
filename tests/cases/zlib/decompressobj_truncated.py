# A decompressor given a truncated or corrupt stream.
import zlib

data = bytes(range(200)) * 20
c = zlib.compress(data)
d = zlib.decompressobj()
out = d.decompress(c[: len(c) // 2])
print(len(out) > 0, d.eof, d.unused_data, d.unconsumed_tail)
rest = d.flush()
print(d.eof, data.startswith(out + rest))
for bad in (b"garbage!", b"\x78\x9c\xff\xff\xff", c[:10] + b"\x00" * 5 + c[15:]):
    d = zlib.decompressobj()
    try:
        print(len(d.decompress(bad)), d.eof)
        print(len(d.flush()), d.eof)
    except zlib.error as e:
        print("zlib.error:", e)
d = zlib.decompressobj()
try:
    d.decompress(c[:-1] + bytes([c[-1] ^ 0x55]))
except zlib.error as e:
    print("zlib.error:", e)
d = zlib.decompressobj(-15)
try:
    d.decompress(b"\xff\xff\xff\xff")
except zlib.error as e:
    print("zlib.error:", e)
d = zlib.decompressobj()
try:
    d.decompress("text")
except TypeError as e:
    print("TypeError", e)
