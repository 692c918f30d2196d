# cwd: tmp
# FileIO.readall and read of files of many sizes.
import io

for size in (0, 1, 100, 8191, 8192, 8193, 70000):
    with io.FileIO("f", "w") as f:
        f.write(b"x" * size)
    with io.FileIO("f") as f:
        data = f.readall()
        print(size, len(data), f.read(), f.read(10), f.tell())
    with io.FileIO("f") as f:
        print(len(f.read()), len(f.read(-1)))
