# cwd: tmp
# A TemporaryDirectory that is never cleaned up is removed when it dies, with a
# ResourceWarning; ignore_cleanup_errors keeps a failing cleanup quiet.
import os
import shutil
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = tempfile.TemporaryDirectory(dir=".")
    name = t.name
    os.mkdir(os.path.join(name, "sub"))
    del t
    print(os.path.exists(name))
    print([(w.category.__name__, str(w.message).replace(name, "NAME")) for w in caught])

    t = tempfile.TemporaryDirectory(dir=".", delete=False)
    name = t.name
    del t
    print(os.path.exists(name), len(caught))
    os.rmdir(name)

    t = tempfile.TemporaryDirectory(dir=".")
    t.cleanup()
    del t
    print(len(caught))

# cleanup errors: the directory is replaced by a file
t = tempfile.TemporaryDirectory(dir=".", ignore_cleanup_errors=True)
os.rmdir(t.name)
open(t.name, "w").close()
t.cleanup()
print(os.path.exists(t.name))
os.unlink(t.name)

t = tempfile.TemporaryDirectory(dir=".")
os.rmdir(t.name)
open(t.name, "w").close()
try:
    t.cleanup()
except NotADirectoryError as e:
    print("NotADirectoryError", e.errno, e.filename == t.name)
os.unlink(t.name)
print(os.listdir("."))
