# Python classes on io's abstract classes, and the Reader/Writer protocols.
import io


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data, self.pos = data, 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


s = Source(b"one\ntwo\n")
print(isinstance(s, io.IOBase), isinstance(s, io.RawIOBase), isinstance(s, io.BufferedIOBase))
print(s.read(2), s.readline(), s.readall(), s.read())
buffered = io.BufferedReader(Source(b"x\ny\n"))
print(buffered.readlines())
text = io.TextIOWrapper(io.BufferedReader(Source("é\nz".encode())), encoding="utf-8")
print(text.read())


class Sink(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def writable(self):
        return True


k = Sink()
print("to sink", file=k)
k.writelines(["a", "b"])
print(k.parts, isinstance(k, io.TextIOBase), k.encoding)
print(isinstance(io.StringIO(), io.Reader), isinstance(io.StringIO(), io.Writer))
print(isinstance(5, io.Reader), issubclass(Sink, io.Writer), issubclass(Source, io.Reader))
print(io.Reader[int], io.Writer[bytes])


class NoRead:
    read = None


print(issubclass(NoRead, io.Reader))
try:
    io.IOBase.register(5)
except TypeError as e:
    print(e)
