# cwd: tmp
# FileIO.readinto near the end of a file.
import io

with io.FileIO("f", "w") as f:
    f.write(b"abcdefg")
with io.FileIO("f") as f:
    buf = bytearray(3)
    results = []
    while True:
        n = f.readinto(buf)
        results.append((n, bytes(buf[:n])))
        if not n:
            break
    print(results)
