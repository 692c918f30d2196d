# cwd: tmp
# tell() and seek() through a BufferedReader and BufferedWriter.
import io

with open("f", "wb") as f:
    f.write(bytes(range(50)))
r = open("f", "rb", buffering=8)
print(r.read(3), r.tell(), r.raw.tell(), r.seek(10), r.read(2), r.seek(-5, 1), r.read(1), r.seek(-1, 2), r.read())
print(r.seek(0), r.peek()[:4], r.tell())
r.close()
w = open("g", "wb", buffering=8)
w.write(b"12345")
print(w.tell(), w.raw.tell(), w.seek(2), w.raw.tell(), w.write(b"X"), w.tell())
w.close()
with open("g", "rb") as g:
    print(g.read())
