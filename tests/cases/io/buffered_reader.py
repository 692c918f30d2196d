# cwd: tmp
# BufferedReader over a FileIO: peek, read, read1, readline, positions.
import _io

with _io.FileIO("x", "w") as f:
    f.write(b"line1\nline2\nline3")
r = _io.BufferedReader(_io.FileIO("x"), 4)
print(r, r.raw, r.name, r.mode, r.closed, r.readable(), r.writable(), r.seekable(), r.isatty())
print(r.peek(), r.peek(1), r.read(2), r.tell(), r.read1(), r.read1(2), r.tell())
print(r.read1(100), r.readline(), r.read(), r.read(), r.peek(), r.read1())
r.seek(0)
print(r.readline(), r.readline(3), r.readline(100), r.readline(), r.tell())
r.seek(3)
print(r.read(5), r.tell(), r.seek(-2, 1), r.read(3), r.seek(-1, 2), r.read())
r.seek(0)
print(list(r))
r.seek(0)
print(r.readlines(), r.read(0), r.read1(0))
b = bytearray(7)
r.seek(1)
print(r.readinto(b), b, r.readinto1(b), b)
r.close()
print(r.closed, r.raw.closed)
r = _io.BufferedReader(_io.FileIO("x"))
print(r.read(3), r.raw.tell(), r.tell(), r.read(), r.tell())
r.close()
with _io.BufferedReader(_io.BytesIO(b"in memory\nsecond")) as m:
    print(m, m.read(2), m.peek(), list(m))
