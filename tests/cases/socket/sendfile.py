# cwd: tmp
# sendfile(): a whole file, an offset and count, the file position after.
import socket

with open("data.bin", "wb") as f:
    f.write(bytes(range(256)) * 100)
a, b = socket.socketpair()
with open("data.bin", "rb") as f:
    print(a.sendfile(f), f.tell())
got = b""
while len(got) < 25600:
    got += b.recv(65536)
print(len(got), got[:4], got[-4:])
with open("data.bin", "rb") as f:
    print(a.sendfile(f, 10, 5), f.tell())
print(b.recv(100))
with open("data.bin", "rb") as f:
    for args in [(0, 0), (0, -1), (0, "x")]:
        try:
            a.sendfile(f, *args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
with open("data.bin", "r") as t:
    try:
        a.sendfile(t)
    except ValueError as e:
        print(e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
with open("data.bin", "rb") as f:
    try:
        u.sendfile(f)
    except ValueError as e:
        print(e)
for s in (a, b, u):
    s.close()
# a file object without a descriptor goes through send(); an empty file
# sends nothing; a count past the end stops at the end
import io
a, b = socket.socketpair()
buf = io.BytesIO(b"in memory, no descriptor")
print(a.sendfile(buf, 3, 6), buf.tell(), b.recv(100))
open("empty.bin", "wb").close()
with open("empty.bin", "rb") as f:
    print(a.sendfile(f), f.tell())
with open("data.bin", "rb") as f:
    print(a.sendfile(f, 25590, 1000), f.tell())
print(b.recv(100))
a.settimeout(0)
with open("data.bin", "rb") as f:
    try:
        a.sendfile(f)
    except ValueError as e:
        print(e)
a.settimeout(5)
with open("data.bin", "rb") as f:
    print(a.sendfile(f, count=300), f.tell(), len(b.recv(1000)))
a.close()
b.close()
