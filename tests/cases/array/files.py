# lib: arrcheck
# cwd: tmp
import array, io
from arrcheck import show
a = array.array('i', range(5))
with open('data.bin', 'wb') as f:
    a.tofile(f)
    print(f.tell())
b = array.array('i')
with open('data.bin', 'rb') as f:
    b.fromfile(f, 3)
    print(b)
    show("too many", lambda: b.fromfile(f, 5))
    print(b)
    show("negative", lambda: b.fromfile(f, -1))
    show("zero", lambda: b.fromfile(f, 0))
    show("str count", lambda: b.fromfile(f, 'x'))
show("closed", lambda: b.fromfile(f, 1))
show("no write", lambda: a.tofile(1))
show("no read", lambda: b.fromfile(1, 1))
class Reader:
    def read(self, n): return "text"
class Short:
    def read(self, n): return b'\x01\x00\x00\x00\x02'
show("read returns str", lambda: b.fromfile(Reader(), 1))
show("short read", lambda: b.fromfile(Short(), 2))
print(b)
buf = io.BytesIO()
array.array('d', [0.5] * 20000).tofile(buf)
print(len(buf.getvalue()))
big = array.array('b', range(100)) * 2000
chunks = []
class W:
    def write(self, data): chunks.append(len(data))
big.tofile(W())
print(chunks)
array.array('b').tofile(W())
print(chunks[-1:])
