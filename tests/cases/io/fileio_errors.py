# cwd: tmp
# Operations FileIO refuses, and what a closed FileIO says.
import _io


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


w = _io.FileIO("w", "w")
attempt(w.read)
attempt(w.read, 1)
attempt(w.readall)
attempt(w.readinto, bytearray(2))
attempt(w.write, "text")
attempt(w.write, 5)
attempt(w.seek, 1.5)
attempt(w.seek, "x")
attempt(w.seek, -10)
attempt(w.seek, 0, 7)
attempt(w.truncate, -1)
attempt(w.truncate, "x")
attempt(w.read, "x")
w.close()
r = _io.FileIO("w")
attempt(r.write, b"x")
attempt(r.truncate)
attempt(r.readinto, b"immutable")
r.close()
for name in ("read", "readall", "write", "seek", "tell", "truncate", "fileno", "isatty",
             "readable", "writable", "seekable", "flush", "readline", "readlines", "__enter__"):
    args = (b"x",) if name == "write" else (0,) if name == "seek" else ()
    attempt(getattr(r, name), *args)
attempt(r.close)
print(r.closed, r)
