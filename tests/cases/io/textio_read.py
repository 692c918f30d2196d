# cwd: tmp
# TextIOWrapper reading: read, readline, readlines, iteration, positions.
import _io

with _io.FileIO("x", "w") as f:
    f.write("héllo\r\nwörld\rlast\nend".encode())
w = _io.TextIOWrapper(_io.BufferedReader(_io.FileIO("x")))
print(w, w.encoding, w.errors, w.newlines, w.line_buffering, w.write_through, w.name, w.closed)
print(repr(w.read(3)), w.tell(), repr(w.readline()), w.tell(), w.newlines)
print(repr(w.readline()), w.tell(), w.readlines(), w.newlines, w.tell())
w.seek(0)
print(repr(w.read()), w.tell(), repr(w.read()), repr(w.readline()))
w.seek(3)
print(repr(w.read(2)), repr(w.readline(2)), repr(w.readline(0)), repr(w.readline(-1)))
w.seek(0)
print(list(w))
w.seek(0)
print([line for line in w if "l" in line])
w.close()
print(w.closed, w)
