# Raw and buffered streams in Python that return what they should not: the
# buffered and text layers answer as CPython's do.
import io


def attempt(what, f, *args):
    try:
        r = f(*args)
        print(what, "->", repr(r)[:60])
    except Exception as e:
        print(what, "->", type(e).__name__, e)


class RawBad(io.RawIOBase):
    def __init__(self, result):
        self.result = result

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        return self.result

    def write(self, b):
        return self.result

    def tell(self):
        return self.result

    def seek(self, pos, whence=0):
        return self.result


for result in ("x", -1, 10**6, None, 2.5):
    r = io.BufferedReader(RawBad(result), 4)
    attempt("read %r" % (result,), r.read, 2)
    attempt("read1 %r" % (result,), r.read1, 2)
    attempt("tell %r" % (result,), r.tell)
    attempt("seek %r" % (result,), r.seek, 0)
    w = io.BufferedWriter(RawBad(result), 4)
    attempt("write %r" % (result,), w.write, b"abcdefgh")
    attempt("flush %r" % (result,), w.flush)


class BufBad(io.BufferedIOBase):
    def __init__(self, result):
        self.result = result

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return False

    def read1(self, n=-1):
        return self.result

    def read(self, n=-1):
        return self.result

    def write(self, b):
        return 1


for result in ("text", 5, None, b"ok\n", bytearray(b"ba\n")):
    t = io.TextIOWrapper(BufBad(result), encoding="utf-8")
    attempt("text read %r" % (result,), t.read, 3)
    attempt("text readline %r" % (result,), t.readline)
    attempt("text read all %r" % (result,), t.read)
    attempt("text write %r" % (result,), t.write, "x")
    attempt("text flush %r" % (result,), t.flush)


w = io.BufferedWriter(RawBad(3), 4)
attempt("partial writes", w.write, b"abcdefgh")
attempt("flush after partial writes", w.flush)
try:
    w.close()
except OSError as e:
    print("close:", e)
