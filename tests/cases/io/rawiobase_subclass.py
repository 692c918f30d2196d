# A Python class on _RawIOBase: read and readall come from readinto.
import _io


class Source(_io._RawIOBase):
    def __init__(self, data, step=3):
        self.data, self.pos, self.step = data, 0, step

    def readinto(self, b):
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def readable(self):
        return True


s = Source(b"abcdefghij")
print(s.read(2), s.read(5), s.read(), s.read(4))
s.pos = 0
print(s.readall())
s.pos = 0
print(s.read(-1))
try:
    s.read(None)
except TypeError as e:
    print(e)
s.pos = 0
print(list(s))


class Nothing(_io._RawIOBase):
    def readinto(self, b):
        return None


print(Nothing().read(5), Nothing().readall())


class TooMuch(_io._RawIOBase):
    def readinto(self, b):
        return len(b) + 1


try:
    TooMuch().read(2)
except ValueError as e:
    print(e)
