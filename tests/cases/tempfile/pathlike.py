# cwd: tmp
# Path objects as dir, prefix and suffix; the names returned are str.
import os
import pathlib
import tempfile

here = pathlib.Path(".")
fd, name = tempfile.mkstemp(dir=here, prefix="p")
os.close(fd)
print(type(name).__name__, os.path.basename(name)[0], os.path.isabs(name))
d = tempfile.mkdtemp(dir=here, suffix="s")
print(type(d).__name__, d.endswith("s"))
with tempfile.NamedTemporaryFile(dir=here) as f:
    print(type(f.name).__name__, os.path.isabs(f.name))
with tempfile.TemporaryDirectory(dir=here) as t:
    print(type(t).__name__)
with tempfile.TemporaryFile(dir=here) as f:
    print(type(f.name).__name__)
print(type(tempfile.mktemp(dir=here)).__name__)
try:
    tempfile.mkstemp(dir=pathlib.Path("."), prefix=b"x")
except TypeError as e:
    print("TypeError:", e)
tempfile.tempdir = here
print(repr(tempfile.gettempdir()), tempfile.gettempdirb(), tempfile._infer_return_type())
fd, name = tempfile.mkstemp()
os.close(fd)
print(os.path.dirname(name) == os.getcwd())
print(len(os.listdir(".")))
