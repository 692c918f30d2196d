# cwd: tmp
# A file object that dies open warns "unclosed file" (ResourceWarning) from
# its FileIO, naming the outermost layer; the default filters ignore it.
import io
import os


def make():
    f = open("x.txt", "w", encoding="utf-8")
    f.write("hi")


make()
g = open("x.txt", "rb")
del g
h = open("x.txt", "rb", buffering=0)
del h
fd = os.open("x.txt", os.O_RDONLY)
r = io.FileIO(fd, closefd=False)
del r
os.close(fd)
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="ascii")
del t
s = io.StringIO("abc")
del s
b = io.BufferedReader(io.FileIO("x.txt"))
del b
w = io.BufferedWriter(io.FileIO("y.bin", "w"))
w.write(b"data")
del w
print(open("y.bin", "rb").read() if False else "y.bin written")


class Mine(io.FileIO):
    pass


m = Mine("x.txt")
del m
closed = open("x.txt", encoding="utf-8")
closed.close()
del closed
with open("x.txt", encoding="utf-8") as fine:
    pass
del fine
left = open("x.txt", encoding="utf-8")
left2 = open("x.txt", "r+b")
print("end")
