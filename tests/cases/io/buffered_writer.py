# cwd: tmp
# BufferedWriter: data reaches the raw file on flush, when the buffer is
# full, on seek and on close.
import _io


def on_disk():
    with _io.FileIO("y") as f:
        return f.read()


w = _io.BufferedWriter(_io.FileIO("y", "w"), 8)
print(w, w.writable(), w.readable(), w.seekable())
print(w.write(b"abc"), w.tell(), on_disk())
print(w.write(b"0123456789"), on_disk())
print(w.write(bytearray(b"xy")), w.tell(), on_disk())
print(w.flush(), on_disk())
print(w.write(b"!"), w.seek(0), on_disk())
print(w.write(b"A"), w.tell(), w.truncate(4), w.tell(), on_disk())
print(w.seek(0, 2), w.write(b"Z"))
w.close()
print(on_disk(), w.closed)
w = _io.BufferedWriter(_io.FileIO("y", "a"))
w.write(b"+appended")
del w
print(on_disk())
with _io.BufferedWriter(_io.BytesIO()) as bw:
    bw.write(b"into bytes")
    bw.flush()
    print(bw.raw.getvalue())
