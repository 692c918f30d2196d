# cwd: tmp
# The ResourceWarnings of files dropped without being closed.
import os
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    f = tempfile.NamedTemporaryFile(dir=".")
    name = f.name
    del f
    f = tempfile.NamedTemporaryFile("w", dir=".", delete=False)
    name2 = f.name
    del f
    f = tempfile.NamedTemporaryFile(dir=".")
    f.close()
    del f
    for w in caught:
        print(w.category.__name__, str(w.message).replace(name, "NAME").replace(name2, "NAME2"))
    print(os.path.exists(name), os.path.exists(name2))
    os.unlink(name2)
    del caught[:]

    s = tempfile.SpooledTemporaryFile()
    s.write(b"x")
    del s
    s = tempfile.SpooledTemporaryFile()
    s.close()
    del s
    for w in caught:
        print(w.category.__name__, w.message, w.source is not None)
print(os.listdir("."))
