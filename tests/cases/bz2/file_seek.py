# BZ2File.seek and tell: forwards, backwards (emulated), from the end.
import bz2
import io

data = b"".join(b"%05d," % i for i in range(5000))
blob = bz2.compress(data[:10000]) + bz2.compress(data[10000:])
f = bz2.BZ2File(io.BytesIO(blob))
print(f.seek(100), f.read(6), f.tell())
print(f.seek(10), f.read(6), f.tell())
print(f.seek(50, 1), f.read(6))
print(f.seek(-12, 2), f.read(), f.tell())
print(f.seek(9998), f.read(6))
print(f.seek(0), f.read(6))
print(f.seek(len(data) + 100), f.read(), f.tell())
print(f.seek(-5, io.SEEK_END), f.read())
try:
    f.seek(0, 3)
except ValueError as e:
    print("ValueError", e)
f.close()
try:
    f.seek(0)
except ValueError as e:
    print("ValueError", e)
w = bz2.BZ2File(io.BytesIO(), "w")
try:
    w.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print(w.seekable(), w.tell())
w.close()

class NoSeek(io.RawIOBase):
    def __init__(self, b):
        self.b = io.BytesIO(b)
    def readable(self):
        return True
    def readinto(self, buf):
        return self.b.readinto(buf)
    def seekable(self):
        return False
n = bz2.BZ2File(NoSeek(blob))
print(n.seekable(), n.read(6))
try:
    n.seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
