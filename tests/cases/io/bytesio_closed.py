# A closed BytesIO refuses everything but close and closed.
import _io


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


b = _io.BytesIO(b"data")
with b as inside:
    print(inside is b, inside.read())
print(b.closed)
for name in ("read", "read1", "readline", "readlines", "getvalue", "tell", "truncate",
             "readable", "writable", "seekable", "isatty", "flush", "__enter__", "fileno"):
    attempt(getattr(b, name))
attempt(b.write, b"x")
attempt(b.writelines, [b"x"])
attempt(b.seek, 0)
attempt(b.readinto, bytearray(1))
attempt(iter, b)
attempt(next, b)
attempt(b.close)
print(b.closed)
