# cwd: tmp
# NamedTemporaryFile: the wrapper's attributes, its methods, deletion on close.
import os
import tempfile

f = tempfile.NamedTemporaryFile(dir=".", prefix="n", suffix=".dat")
print(type(f).__name__, type(f.file).__name__, f.name == f.file.name, os.path.isabs(f.name))
print(os.path.basename(f.name)[0], f.name.endswith(".dat"), os.path.exists(f.name))
print(repr(f).startswith("<_TemporaryFileWrapper file=<_io.BufferedRandom name='/"))
print(f.mode, f.closed, f.readable(), f.writable(), f.seekable())
w = f.write
print(w.__name__, w.__qualname__, f.write is w, "write" in f.__dict__)
print(f.write(b"line 1\nline 2\n"), f.tell())
f.seek(0)
print(f.readline(), list(f), f.fileno() == f.file.fileno())
try:
    f.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)
name = f.name
f.close()
print(f.closed, os.path.exists(name))
f.close()

# text mode, with its encoding and newline
with tempfile.NamedTemporaryFile("w+", dir=".", encoding="latin-1", newline="") as f:
    print(f.mode, f.encoding, type(f.file).__name__)
    f.write("caf\u00e9\r\n")
    f.seek(0)
    print(repr(f.read()), open(f.name, "rb").read())
print(os.path.exists(f.name))

# an exception inside the with block still removes the file
try:
    with tempfile.NamedTemporaryFile(dir=".") as f:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, os.path.exists(f.name), f.closed)

with tempfile.NamedTemporaryFile(dir=b".") as f:
    print(type(f.name).__name__)
print(os.listdir("."))
