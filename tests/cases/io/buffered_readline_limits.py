# BufferedReader.readline with limits, across its buffer's edges.
import io

data = b"short\na much longer line that crosses buffers\n\nend"
for size in (1, 4, 16, 1024):
    r = io.BufferedReader(io.BytesIO(data), size)
    print(size, r.readline(3), r.readline(), r.readline(0), r.readline(-1), r.readline(), r.readline(), r.readline())
