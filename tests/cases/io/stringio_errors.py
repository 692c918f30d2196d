# StringIO's errors, and a closed StringIO.
import _io


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(_io.StringIO, newline="x")
attempt(_io.StringIO, newline=1)
attempt(_io.StringIO, 5)
attempt(_io.StringIO, b"x")
attempt(_io.StringIO, "a", "\n", 3)
s = _io.StringIO()
attempt(s.write, b"x")
attempt(s.write, 5)
attempt(s.seek, 1, 1)
attempt(s.seek, 0, 1)
attempt(s.seek, -1)
attempt(s.seek, 0, 3)
attempt(s.seek, 1.5)
attempt(s.seek, 0, 2)
attempt(s.truncate, -1)
attempt(s.read, "x")
attempt(s.readline, "x")
attempt(s.fileno)
attempt(s.detach)
s.close()
for name in ("read", "readline", "getvalue", "tell", "truncate", "readable", "writable",
             "seekable", "readlines", "__enter__", "flush", "isatty"):
    attempt(getattr(s, name))
attempt(s.write, "")
attempt(s.seek, 0)
attempt(lambda: s.newlines)
attempt(lambda: s.line_buffering)
attempt(next, s)
print(s.closed)
s.close()
