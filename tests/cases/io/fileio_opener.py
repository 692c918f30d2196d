# cwd: tmp
# FileIO's opener: what it receives and what it must return.
import _io

seen = []


def opener(name, flags):
    seen.append((name, type(flags).__name__))
    return real.fileno()


real = _io.FileIO("file", "w")
try:
    f = _io.FileIO("file", "w", opener=opener)
    print(f.name, f.mode, seen)
    f.write(b"through opener")
    f.close()
    print(real.closed)
except Exception as e:
    print(type(e).__name__, e)

for bad in (lambda n, f: -1, lambda n, f: "3", lambda n, f: 2.0, lambda n, f: 1 / 0):
    try:
        _io.FileIO("file", "r", opener=bad)
    except Exception as e:
        print(type(e).__name__, e)
with _io.FileIO("file") as g:
    print(g.read())
