# Buffered streams over a raw stream written in Python.
import _io


class Raw(_io._RawIOBase):
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.writes = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

    def write(self, b):
        self.writes += 1
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        return self.pos

    def tell(self):
        return self.pos


raw = Raw(b"first\nsecond\nthird")
r = _io.BufferedReader(raw, 5)
print(r.readline(), r.read(3), r.tell(), raw.pos, list(r))
w = _io.BufferedWriter(Raw(), 4)
for piece in (b"ab", b"cd", b"e", b"fghijkl"):
    w.write(piece)
w.flush()
print(bytes(w.raw.data), w.raw.writes > 0)
rnd = _io.BufferedRandom(Raw(b"0123456789"), 3)
print(rnd.read(2), rnd.write(b"AB"), rnd.tell(), rnd.read(2), rnd.seek(0), rnd.read())
print(bytes(rnd.raw.data))
print(r, w, rnd)


class Blocking(Raw):
    def readinto(self, b):
        return None


print(_io.BufferedReader(Blocking(b"x")).read(3), _io.BufferedReader(Blocking(b"x")).read())


class Liar(Raw):
    def readinto(self, b):
        return len(b) + 5


try:
    _io.BufferedReader(Liar(b"x")).read(2)
except OSError as e:
    print(e)
