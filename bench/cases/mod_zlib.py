# zlib workload: compress and decompress a few MiB of text-like data at
# several levels, stream it through compressobj/decompressobj, and crc32 it.
import time
import zlib


def make_text(n):
    words = [b"alpha", b"beta", b"gamma", b"delta", b"epsilon", b"zeta", b"eta", b"theta", b"iota", b"kappa"]
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(words[x % 10])
        if x % 7 == 0:
            out.append(b"%d" % (x % 1000))
    return b" ".join(out)


def main():
    data = make_text(60000)
    total = len(data)
    for level in (1, 6, 9):
        c = zlib.compress(data, level)
        total += len(c)
        total += len(zlib.decompress(c)) & 0xFFFF
    co = zlib.compressobj(6)
    parts = [co.compress(data[i:i + 32768]) for i in range(0, len(data), 32768)]
    parts.append(co.flush())
    stream = b"".join(parts)
    d = zlib.decompressobj()
    back = bytearray()
    for i in range(0, len(stream), 16384):
        back += d.decompress(stream[i:i + 16384])
    back += d.flush()
    total += len(back) + zlib.crc32(back) + zlib.adler32(data)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
