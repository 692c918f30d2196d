# Files and in-memory streams can be referred to weakly; the references
# die when the objects do
import io
import os
import tempfile
import weakref

log = []
objs = [io.StringIO("s"), io.BytesIO(b"b")]
path = os.path.join(tempfile.mkdtemp(), "f.txt")
with open(path, "w") as f:
    f.write("x")
objs.append(open(path, "rb"))
objs.append(open(path, "r"))
objs.append(open(path, "rb", buffering=0))
refs = [weakref.ref(o, lambda w, n=type(o).__name__: log.append(n)) for o in objs]
print([type(r()).__name__ for r in refs])
for o in objs[2:]:
    o.close()
objs.clear()
print(log, [r() for r in refs])
os.remove(path)
os.rmdir(os.path.dirname(path))
