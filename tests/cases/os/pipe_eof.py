# Reading a pipe whose writer is closed gives b''; a large write is read back whole.
import os

r, w = os.pipe()
os.write(w, b'last')
os.close(w)
print(os.read(r, 100), os.read(r, 100), os.read(r, 0))
os.close(r)
r, w = os.pipe()
data = bytes(range(256)) * 100
n = os.write(w, data)
got = b''
while len(got) < n:
    got += os.read(r, 4096)
print(n, got == data[:n])
os.close(r)
os.close(w)
