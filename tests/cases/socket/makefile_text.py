# makefile(): text and binary streams, readline, buffering=0, modes.
import socket

a, b = socket.socketpair()
w = a.makefile("w", encoding="utf-8", newline="\n")
r = b.makefile("r", encoding="utf-8")
print(type(w).__name__, type(r).__name__, w.mode, r.mode)
w.write("first line\nsecond ünïcode line\n")
w.flush()
print(repr(r.readline()), repr(r.readline()))
raw = a.makefile("wb", buffering=0)
print(type(raw).__name__, raw.mode, raw.name == a.fileno(), raw.writable(), raw.readable(), raw.seekable())
print(raw.write(b"raw bytes\n"))
rb = b.makefile("rb")
print(type(rb).__name__, rb.readline())
rw = a.makefile("rwb")
print(type(rw).__name__)
for mode, buffering in [("x", None), ("r+", None), ("r", 0), ("wt", None)]:
    try:
        a.makefile(mode, buffering)
    except ValueError as e:
        print(mode, e)
raw.close()
print(raw.closed, raw.name)
try:
    raw.readable()
except ValueError as e:
    print(e)
for f in (w, r, rb, rw):
    f.close()
a.close()
b.close()
b2, c2 = socket.socketpair()
b2.settimeout(0.01)
f = b2.makefile("rb", buffering=0)
try:
    f.read(1)
except TimeoutError as e:
    print("timeout", e)
try:
    f.read(1)
except OSError as e:
    print(e)
f.close()
b2.close()
c2.close()
