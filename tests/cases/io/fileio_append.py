# cwd: tmp
# FileIO in append mode always writes at the end.
import io

with io.FileIO("log", "w") as f:
    f.write(b"start\n")
with io.FileIO("log", "a") as f:
    print(f.tell(), f.mode)
    f.write(b"more\n")
with io.FileIO("log", "a+") as f:
    print(f.tell(), f.read())
    f.seek(0)
    print(f.read(5))
    f.write(b"end\n")
    print(f.tell())
with io.FileIO("log") as f:
    print(f.read())
