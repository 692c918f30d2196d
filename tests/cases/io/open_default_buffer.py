# cwd: tmp
# open() without a buffering argument sizes its buffer from the device's block
# size but never below io.DEFAULT_BUFFER_SIZE: small writes stay in memory
# until about that much has gathered.  The file's size on disk shows when the
# buffer reached the raw file.
import io
import os

P = "data.bin"


def size():
    return os.path.getsize(P)


def trace(mode, piece, count, **kw):
    seen = []
    with open(P, mode, **kw) as f:
        for i in range(count):
            f.write(piece)
            seen.append(size())
    # the points where the size changed, and the final size
    changes = [(i, s) for i, s in enumerate(seen) if i == 0 or s != seen[i - 1]]
    print(mode, kw, len(piece), changes, size())


print(io.DEFAULT_BUFFER_SIZE)
trace("wb", b"x" * 3000, 100)
trace("w", "y" * 3000, 100)
trace("w", "h\xe9llo w\xf6rld\n" * 300, 60, encoding="utf-8")
trace("ab", b"z" * 50000, 6)
trace("wb", b"q" * 200000, 2)
trace("wb", b"x" * 3000, 10, buffering=4096)
trace("w", "y" * 3000, 10, buffering=4096)
trace("wb", b"x" * 3000, 3, buffering=0)
with open(P, "wb") as f:
    f.write(b"a" * 1000)
with open(P, "r+b") as f:
    f.write(b"b" * 70000)
    print("r+b", size())
    f.write(b"c" * 70000)
    print("r+b", size())
print(size())
with open(P, "rb") as f:
    head = f.read(10)
    print(head, f.tell(), len(f.read()))
os.remove(P)
