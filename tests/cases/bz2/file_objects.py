# BZ2File over file objects: streams written one after another into one
# buffer, large data read in pieces, readinto memoryviews, subclasses.
import bz2
import io

buf = io.BytesIO()
for n in range(3):
    with bz2.BZ2File(buf, "w", compresslevel=n + 1) as f:
        f.write(b"stream %d\n" % n * 50)
    print(buf.closed, len(buf.getvalue()) > 0)
buf.seek(0)
with bz2.BZ2File(buf) as f:
    lines = f.readlines()
    print(len(lines), lines[0], lines[-1], f.tell())
print(buf.closed)

big = bytes(range(256)) * 2000
blob = bz2.compress(big)
f = bz2.BZ2File(io.BytesIO(blob))
total = 0
sizes = set()
while True:
    piece = f.read1(10000)
    if not piece:
        break
    sizes.add(len(piece) <= 10000)
    total += len(piece)
print(total, sizes, f.read1(), f.peek())
f.seek(0)
arr = bytearray(300000)
view = memoryview(arr)
n = f.readinto(view[:100])
m = f.readinto(view[100:])
print(n, m, bytes(arr[:n + m]) == big[:n + m])
print(f.read(0), len(f.read(-1)) + n + m == len(big))
f.close()


class Named(bz2.BZ2File):
    def describe(self):
        return "%s %s" % (type(self).__name__, self.mode)


with Named(io.BytesIO(blob)) as g:
    print(g.describe(), len(g.read(1000)), isinstance(g, io.BufferedIOBase))
print(g.closed)
print(issubclass(bz2.BZ2File, io.IOBase))
