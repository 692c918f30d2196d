# cwd: tmp
# TemporaryFile: a file with no name in the directory, gone once closed.
import os
import tempfile

f = tempfile.TemporaryFile(dir=".")
print(type(f).__name__, type(f.name).__name__, f.mode, os.listdir("."))
print(f.write(b"hello\nworld\n"), f.tell())
f.seek(0)
print(f.read(), f.closed)
print(f.name == f.fileno())
f.close()
print(f.closed)

with tempfile.TemporaryFile("w+", dir=".", encoding="utf-8") as f:
    print(type(f).__name__, f.mode, f.encoding, type(f.name).__name__)
    f.write("h\u00e9\n")
    f.seek(0)
    print(repr(f.read()), os.listdir("."))
print(f.closed)

with tempfile.TemporaryFile(mode="wb", buffering=0, dir=".") as f:
    print(type(f).__name__, f.mode)
with tempfile.TemporaryFile("w+", dir=".", newline="\r\n") as f:
    f.write("a\nb\n")
    f.seek(0)
    print(repr(f.buffer.read()))
with tempfile.TemporaryFile(dir=b".") as f:
    print(type(f.name).__name__)
print(os.listdir("."))
