# decompress(max_length): output in bounded pieces, the rest waits in unconsumed_tail.
import zlib

data = bytes(range(256)) * 64
c = zlib.compress(data, 9)
for limit in (1, 10, 100, 4096, 100000):
    d = zlib.decompressobj()
    out = [d.decompress(c, limit)]
    sizes = [len(out[0])]
    while d.unconsumed_tail:
        piece = d.decompress(d.unconsumed_tail, limit)
        sizes.append(len(piece))
        out.append(piece)
    out.append(d.flush())
    print(limit, len(sizes), max(sizes), b"".join(out) == data, d.eof)
d = zlib.decompressobj()
part = d.decompress(c, 5)
print(part, len(d.unconsumed_tail) > 0)
rest = d.flush()
print(len(rest), part + rest == data, d.unconsumed_tail, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(c, 0)), d.unconsumed_tail)
d = zlib.decompressobj()
print(len(d.decompress(c, max_length=300)))
for bad in (-1, -(2**70)):
    try:
        d.decompress(c, bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (1.5, "3", None):
    try:
        d.decompress(c, bad)
    except TypeError as e:
        print("TypeError", e)
