# BytesIO.seek: each whence, beyond the end, and CPython's errors.
import _io


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


b = _io.BytesIO(b"0123456789")
attempt(b.seek, 3)
attempt(b.seek, 2, 1)
attempt(b.seek, -20, 1)
attempt(b.seek, -3, 2)
attempt(b.seek, 5, 2)
attempt(b.tell)
attempt(b.read)
attempt(b.seek, -1)
attempt(b.seek, 0, 3)
attempt(b.seek, 0, -1)
attempt(b.seek, 1.5)
attempt(b.seek, "1")
attempt(b.seek, True)
attempt(b.truncate, -1)
attempt(b.truncate, 1.0)
attempt(b.read, 1.0)
attempt(b.readline, "x")
attempt(b.write, "str")
attempt(b.write, 3)
attempt(b.readinto, b"ro")
attempt(_io.BytesIO, "text")
attempt(_io.BytesIO, 1)
attempt(_io.BytesIO, b"", b"")
