# BufferedRWPair joins a reader and a writer.
import _io


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


src, dst = _io.BytesIO(b"in\ndata"), _io.BytesIO()
pr = _io.BufferedRWPair(src, dst)
print(pr.read(3), pr.peek(), pr.readline(), pr.write(b"out"), dst.getvalue())
print(pr.flush(), dst.getvalue(), pr.readable(), pr.writable(), pr.closed, pr.isatty())
b = bytearray(2)
print(pr.readinto(b), pr.read1(), pr.readinto1(b))
for name in ("tell", "fileno", "detach", "truncate", "seekable"):
    attempt(getattr(pr, name))
attempt(pr.seek, 0)
pr.close()
print(pr.closed, src.closed, dst.closed)
attempt(_io.BufferedRWPair, _io.BytesIO(), 5)
attempt(_io.BufferedRWPair, _io.BytesIO(), _io.BytesIO(), 0)
attempt(_io.BufferedRWPair, _io.BytesIO())
with _io.BufferedRWPair(_io.BytesIO(b"x"), _io.BytesIO(), 1) as p:
    print(p.read())
print(_io.BufferedRWPair.__mro__)
