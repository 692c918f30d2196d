# gzip.open: binary and text modes on real files and file objects.
# cwd: tmp
import gzip
import io
import os

with gzip.open("notes.txt.gz", "wt", encoding="utf-8") as f:
    print(type(f).__name__, f.write("héllo\nwörld\n"))
with gzip.open("notes.txt.gz", "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.open("notes.txt.gz") as f:
    print(type(f).__name__, f.mode, f.read())
with open("notes.txt.gz", "rb") as raw:
    head = raw.read(10)
    print(head[:4].hex(), head[8:].hex())
with gzip.open("data.bin.gz", "wb", compresslevel=1) as f:
    f.write(bytes(range(256)) * 100)
with gzip.open("data.bin.gz", "ab") as f:
    f.write(b"appended")
with gzip.open(os.fsencode("data.bin.gz"), "rb") as f:
    content = f.read()
print(len(content), content[-8:])
mem = io.BytesIO()
with gzip.open(mem, "wb") as f:
    f.write(b"in memory")
print(gzip.decompress(mem.getvalue()))
for args, kw in ((("x.gz", "rbt"), {}), ((io.BytesIO(), "q"), {}), ((io.BytesIO(), "rb"), {"encoding": "utf-8"}),
                 ((io.BytesIO(), "rb"), {"errors": "strict"}), ((io.BytesIO(), "rb"), {"newline": ""}),
                 ((123,), {}), (("missing.gz",), {})):
    try:
        gzip.open(*args, **kw)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
