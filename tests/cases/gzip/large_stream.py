# A few megabytes through GzipFile in pieces, with several members.
import gzip
import io
import zlib

chunk = bytes((i * 37 + (i >> 7)) & 0xFF for i in range(65536))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=1, compresslevel=6) as f:
    for _ in range(40):
        f.write(chunk)
first = buf.getvalue()
second = gzip.compress(b"second member" * 1000, mtime=2)
blob = first + second
print(len(first), zlib.crc32(first), len(second))
r = gzip.GzipFile(fileobj=io.BytesIO(blob))
total = 0
crc = 0
while True:
    piece = r.read(100000)
    if not piece:
        break
    total += len(piece)
    crc = zlib.crc32(piece, crc)
print(total, crc, r.mtime)
print(len(gzip.decompress(blob)), zlib.crc32(gzip.decompress(blob)) == crc)
r = gzip.GzipFile(fileobj=io.BytesIO(blob))
print(r.seek(len(chunk) * 40 + 5), r.read(8))
