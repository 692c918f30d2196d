# cwd: tmp
# TemporaryDirectory: the context manager, cleanup of a whole tree, delete=False.
import os
import tempfile

with tempfile.TemporaryDirectory(dir=".", prefix="td-", suffix="-x") as name:
    print(type(name).__name__, os.path.isdir(name), os.path.isabs(name))
    print(os.path.basename(name).startswith("td-"), name.endswith("-x"))
    os.makedirs(os.path.join(name, "a", "b"))
    with open(os.path.join(name, "a", "b", "file"), "w") as f:
        f.write("x")
    os.symlink("/", os.path.join(name, "root-link"))
    os.symlink("a", os.path.join(name, "a-link"))
print(os.path.exists(name), os.path.exists("/"))

t = tempfile.TemporaryDirectory(dir=".")
print(repr(t) == "<TemporaryDirectory %r>" % t.name, str(t) == repr(t))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()        # a second time does nothing
with t as name:    # entering again gives the name
    print(name == t.name)

t = tempfile.TemporaryDirectory(dir=".", delete=False)
with t as name:
    pass
print(os.path.exists(name))
t.cleanup()
print(os.path.exists(name))

# the directory went away while in use
t = tempfile.TemporaryDirectory(dir=".")
os.rmdir(t.name)
t.cleanup()
print(os.path.exists(t.name))

# a file in place of the directory
t = tempfile.TemporaryDirectory(dir=b".")
print(type(t.name).__name__)
t.cleanup()
print(os.listdir("."))
try:
    with tempfile.TemporaryDirectory(dir=".") as name:
        raise KeyError("inside")
except KeyError:
    print("KeyError", os.path.exists(name))
print(tempfile.TemporaryDirectory[int])
