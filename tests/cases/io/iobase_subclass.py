# A Python class on _IOBase gets iteration, readline, context management
# and closing from the base class.
import _io


class Lines(_io._IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + n] if n >= 0 else self.data[self.pos:]
        self.pos += len(chunk)
        return chunk

    def readable(self):
        return True


f = Lines(b"one\ntwo\nthree")
print(f.readline(), f.readline(2), f.readline())
print(f.readlines())
f.pos = 0
print(list(f))
f.pos = 0
print(f.readlines(5))
with f as g:
    print(g is f, f.closed)
print(f.closed)
try:
    iter(f)
except ValueError as e:
    print(e)
f.close()


class Peeking(Lines):
    def peek(self, n=0):
        print("peek")
        return self.data[self.pos:]


p = Peeking(b"ab\ncd")
print(p.readline(), p.readline())


class Bad(_io._IOBase):
    def read(self, n=-1):
        return "text"


try:
    Bad().readline()
except OSError as e:
    print(type(e).__name__, e)


class BadPeek(Lines):
    def peek(self, n=0):
        return 5


try:
    BadPeek(b"x").readline()
except OSError as e:
    print(e)


class Flushing(_io._IOBase):
    def flush(self):
        print("flush, closed:", self.closed)
        super().flush()


fl = Flushing()
fl.close()
fl.close()
print(fl.closed)
try:
    fl.flush()
except ValueError as e:
    print(e)
