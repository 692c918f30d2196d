# BytesIO.readinto with buffers of every size around the data's.
import io

data = b"0123456789"
for n in (0, 1, 5, 10, 11, 20):
    b = io.BytesIO(data)
    buf = bytearray(n)
    print(n, b.readinto(buf), bytes(buf), b.tell())
