# BZ2File on a named file: write, append (a second stream), read every way.
# cwd: tmp
import bz2
import io

with bz2.BZ2File("data.bz2", "w") as f:
    print(f.mode, f.name, f.writable(), f.readable(), f.seekable(), f.closed)
    print(f.write(b"alpha\nbeta\n"), f.write(memoryview(b"gamma\n")), f.tell())
    f.writelines([b"delta\n", bytearray(b"epsilon\n")])
    print(f.tell(), isinstance(f.fileno(), int))
print(f.closed, f.mode)
with bz2.BZ2File("data.bz2", "a", compresslevel=1) as f:
    f.write(b"zeta\n")
with open("data.bz2", "rb") as raw:
    blob = raw.read()
print(blob.count(b"BZh"), bz2.decompress(blob))

with bz2.BZ2File("data.bz2") as f:
    print(f.mode, f.readable(), f.writable(), f.seekable())
    print(f.readline(), f.readline(3), f.readline(), f.tell())
    print(f.read(4), f.peek()[:1], f.read1(3), f.tell())
    buf = bytearray(5)
    print(f.readinto(buf), buf)
    print(f.readlines())
    print(f.read(), f.read(10), f.readline(), f.tell())
with bz2.BZ2File("data.bz2", "rb") as f:
    print(list(f))
with bz2.BZ2File("data.bz2", "rb") as f:
    print(f.readlines(8))
with bz2.open("data.bz2") as f:
    print(type(f).__name__, f.read())
with bz2.BZ2File(b"data.bz2") as f:
    print(len(f.read()))
import pathlib
with bz2.BZ2File(pathlib.Path("data.bz2")) as f:
    print(f.read(5))
with bz2.BZ2File("x.bz2", "x") as f:
    f.write(b"exclusive")
try:
    bz2.BZ2File("x.bz2", "xb")
except FileExistsError as e:
    print("FileExistsError", e.errno)
print(bz2.decompress(open("x.bz2", "rb").read()))
