# cwd: tmp
# open() with a file descriptor, closefd, and an opener.
import _io

with open("data", "w") as f:
    f.write("through a descriptor\n")
raw = _io.FileIO("data")
g = open(raw.fileno(), closefd=False)
print(g.name == raw.fileno(), g.read(), g.mode)
g.close()
print(raw.closed, raw.read(7))
raw.close()

seen = []


def opener(path, flags):
    seen.append(path)
    return keep.fileno()


keep = _io.FileIO("data")
with open("data", opener=opener) as h:
    print(h.read().strip(), seen, h.name)
print(keep.closed)
try:
    open("data", opener=lambda p, f: -1)
except ValueError as e:
    print(e)
with open("data", "rb", closefd=True) as b:
    print(b.raw.closefd)
