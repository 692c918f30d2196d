# cwd: tmp
# Buffered streams: refused arguments, closed and detached streams.
import _io


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


with _io.FileIO("x", "w") as f:
    f.write(b"data\n")
attempt(_io.BufferedReader, _io.FileIO("x"), 0)
attempt(_io.BufferedReader, _io.FileIO("x"), -1)
attempt(_io.BufferedReader, _io.FileIO("x", "w"))
attempt(_io.BufferedWriter, _io.FileIO("x", "r"))
attempt(_io.BufferedRandom, _io.FileIO("x", "r"))
attempt(_io.BufferedReader, 5)
attempt(_io.BufferedReader)
attempt(_io.BufferedReader, _io.FileIO("x"), "8")

r = _io.BufferedReader(_io.FileIO("x"), 4)
attempt(r.write, b"x")
attempt(r.truncate)
attempt(r.read, -2)
attempt(r.read, "x")
attempt(r.seek, 0, 5)
attempt(r.seek, 1.5)
attempt(r.seek, "x")
attempt(r.readinto, b"ro")
attempt(r.flush)
print(r.read(2))
attempt(r.detach)
print(r)
for name in ("read", "peek", "read1", "readline", "tell", "flush", "close", "fileno", "isatty",
             "readable", "seekable", "truncate", "detach"):
    attempt(getattr(r, name))
attempt(r.seek, 0)
attempt(lambda: r.closed)
attempt(lambda: r.name)
attempt(lambda: r.mode)
attempt(lambda: r.raw)
attempt(repr, r)

r2 = _io.BufferedReader(_io.FileIO("x"))
r2.close()
print(r2, r2.closed)
for name in ("read", "peek", "read1", "readline", "tell", "flush", "close", "fileno", "isatty",
             "readable", "truncate"):
    attempt(getattr(r2, name))
attempt(r2.seek, 0)
attempt(iter, r2)
attempt(r2.readinto, bytearray(2))

w = _io.BufferedWriter(_io.FileIO("w", "w"))
attempt(w.read)
attempt(w.write, "s")
attempt(w.readline)
w.close()
for name in ("flush", "tell", "truncate", "close"):
    attempt(getattr(w, name))
attempt(w.write, b"x")
attempt(w.seek, 0)
