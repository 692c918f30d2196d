# cwd: tmp
# BufferedRandom: reads and writes mixed on one seekable file.
import _io

rw = _io.BufferedRandom(_io.FileIO("z", "w+"), 4)
print(rw, rw.readable(), rw.writable(), rw.seekable())
print(rw.write(b"hello world"), rw.tell(), rw.seek(0), rw.read(5), rw.tell())
print(rw.write(b"_"), rw.tell(), rw.read(), rw.seek(0), rw.read())
rw.seek(2)
rw.write(b"XY")
rw.seek(0)
print(rw.read(), rw.tell(), rw.peek(), rw.seek(-3, 2), rw.read1(1), rw.seek(1, 1), rw.read())
print(rw.truncate(5), rw.tell(), rw.seek(0), rw.read())
rw.seek(0)
print(rw.read(1))
rw.write(b"!")
rw.flush()
with _io.FileIO("z") as f:
    print(f.read())
b = bytearray(3)
rw.seek(0)
print(rw.readinto(b), bytes(b))
print(rw.readinto1(b), bytes(b))
rw.seek(0)
print(rw.readline(), list(rw))
rw.close()
with _io.BufferedRandom(_io.BytesIO(b"abc")) as m:
    m.seek(1)
    m.write(b"B")
    m.seek(0)
    print(m.read(), m.raw.getvalue())
