# cwd: tmp
# NamedTemporaryFile's delete and delete_on_close.
import os
import tempfile

# delete=False: the file stays after close
f = tempfile.NamedTemporaryFile(dir=".", delete=False)
f.write(b"kept")
f.close()
print(os.path.exists(f.name), open(f.name, "rb").read())
os.unlink(f.name)

# delete_on_close=False: close keeps it, the end of the with block removes it
with tempfile.NamedTemporaryFile("w", dir=".", delete_on_close=False) as f:
    f.write("reopened")
    f.close()
    print(f.closed, os.path.exists(f.name))
    with open(f.name) as g:
        print(g.read())
print(os.path.exists(f.name))

# delete_on_close=False, already removed by someone else: no error
with tempfile.NamedTemporaryFile(dir=".", delete_on_close=False) as f:
    f.close()
    os.unlink(f.name)
print(os.path.exists(f.name))

# delete=False wins over delete_on_close
with tempfile.NamedTemporaryFile(dir=".", delete=False, delete_on_close=False) as f:
    pass
print(os.path.exists(f.name))
os.unlink(f.name)

# a file dropped without closing is removed when the wrapper dies
f = tempfile.NamedTemporaryFile(dir=".")
name = f.name
del f
print(os.path.exists(name))

# the file's own name, when a method outlives the wrapper
write = tempfile.NamedTemporaryFile(dir=".").write
print(write(b"abc"))
del write
print(os.listdir("."))
