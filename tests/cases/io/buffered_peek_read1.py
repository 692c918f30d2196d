# BufferedReader.peek and read1 over BytesIO with small buffers.
import io

for size in (1, 2, 3, 8):
    r = io.BufferedReader(io.BytesIO(b"abcdefghij"), size)
    print(size, r.peek(), r.read1(2), r.read1(), r.peek(0), r.read(3), r.read1(100), r.read1(), r.peek())
