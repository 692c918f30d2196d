# cwd: tmp
# FileIO over a descriptor: closefd, name and repr.
import _io

f = _io.FileIO("f", "w+")
f.write(b"abc")
g = _io.FileIO(f.fileno(), "r", closefd=False)
print(g.name == f.fileno(), g.closefd, g.mode)
print(repr(g).replace(str(f.fileno()), "N"))
g.seek(0)
print(g.read())
g.close()
print(f.closed, f.seek(0), f.read())
h = _io.FileIO(f.fileno(), "r+")
f.close()
print(h.closefd, h.read())
h.close()
try:
    h.fileno()
except ValueError as e:
    print(e)
try:
    _io.FileIO(12345)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
