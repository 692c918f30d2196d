# bz2 workload: one-shot compression at two levels, a multi-stream
# decompress, and incremental decompression with a max_length limit.
import bz2
import time


def make_records(n):
    names = [b"north", b"south", b"east", b"west", b"centre", b"harbour", b"hill", b"valley"]
    out = []
    x = 987654
    for i in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        out.append(b"%d,%s,%d;" % (i, names[x % 8], x % 5000))
    return b"".join(out)


def main():
    data = make_records(36000)
    total = len(data)
    blobs = []
    for level in (1, 5, 9):
        blob = bz2.compress(data, level)
        blobs.append(blob)
        total += len(blob)
    joined = bz2.decompress(blobs[0] + blobs[2])
    total += len(joined) + joined[12345]
    dec = bz2.BZ2Decompressor()
    got = 0
    pieces = 0
    chunk = dec.decompress(blobs[2], 50000)
    while True:
        got += len(chunk)
        pieces += 1
        if dec.eof:
            break
        chunk = dec.decompress(b"", 50000)
    total += got + pieces
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
