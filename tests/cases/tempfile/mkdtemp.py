# cwd: tmp
# mkdtemp and mktemp: directories made private, names that are free.
import os
import tempfile

d = tempfile.mkdtemp(dir=".", prefix="dir-", suffix="-end")
print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d).startswith("dir-"), d.endswith("-end"))
print(oct(os.stat(d).st_mode & 0o777), os.listdir(d))
inner = tempfile.mkdtemp(dir=d)
print(os.path.dirname(inner) == d, len(os.path.basename(inner)))
b = tempfile.mkdtemp(dir=b".")
print(type(b).__name__, os.path.isabs(b))

name = tempfile.mktemp(dir=".", prefix="m", suffix=".x")
print(name.startswith("./m"), name.endswith(".x"), os.path.exists(name), len(name))
name = tempfile.mktemp(dir=d)
print(os.path.dirname(name) == d, os.path.exists(name))
print(len(os.listdir(".")))
