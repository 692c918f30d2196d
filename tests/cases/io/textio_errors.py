# cwd: tmp
# TextIOWrapper: refused arguments, closed and detached streams.
import _io


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(_io.TextIOWrapper, _io.BytesIO(), encoding="nope")
attempt(_io.TextIOWrapper, _io.BytesIO(), newline="x")
attempt(_io.TextIOWrapper, _io.BytesIO(), newline=5)
attempt(_io.TextIOWrapper, _io.BytesIO(), encoding=5)
attempt(_io.TextIOWrapper, _io.BytesIO(), errors=5)
attempt(_io.TextIOWrapper, 5)
attempt(_io.TextIOWrapper)
with _io.FileIO("x", "w") as f:
    f.write(b"abc\ndef\n")
w = _io.TextIOWrapper(_io.BufferedReader(_io.FileIO("x")))
attempt(w.seek, 1, 1)
attempt(w.seek, 0, 1)
attempt(w.seek, 0, 2)
attempt(w.seek, -1, 2)
attempt(w.seek, -1)
attempt(w.seek, 0, 3)
attempt(w.seek, 1.5)
attempt(w.seek, "x")
attempt(w.read, "x")
attempt(w.readline, "x")
attempt(w.write, "x")
attempt(w.write, b"x")
attempt(w.truncate)
attempt(w.fileno)
attempt(setattr, w, "_CHUNK_SIZE", 0)
attempt(setattr, w, "encoding", "x")
w.seek(0)
print(next(w))
attempt(w.tell)
print(list(w))
attempt(w.tell)
w.close()
print(w.closed, w)
for name in ("read", "readline", "tell", "flush", "fileno", "readable", "isatty", "detach", "readlines",
             "__enter__"):
    attempt(getattr(w, name))
attempt(w.seek, 0)
attempt(w.write, "x")
attempt(iter, w)
print(w.encoding, w.newlines, w.name)
attempt(w.close)
b = _io.BytesIO()
w = _io.TextIOWrapper(b, encoding="latin-1")
w.write("é")
d = w.detach()
print(d is b, b.getvalue(), repr(w))
for name in ("read", "write", "flush", "close", "tell", "fileno", "detach"):
    attempt(getattr(w, name), *(("x",) if name == "write" else ()))
attempt(lambda: w.buffer)
attempt(lambda: w.encoding)
attempt(lambda: w.closed)
w = _io.TextIOWrapper(_io.BufferedWriter(_io.FileIO("w", "w")))
attempt(w.read)
attempt(w.readline)
w.close()
