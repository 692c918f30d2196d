# Writing to /dev/full: the OS error surfaces on flush, write and close.
import io

f = open("/dev/full", "w")
f.write("buffered, not yet written")
try:
    f.flush()
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    f.close()
except OSError as e:
    print("close:", type(e).__name__, e)
print(f.closed)
raw = io.FileIO("/dev/full", "w")
try:
    raw.write(b"x")
except OSError as e:
    print("raw:", e)
raw.close()
b = open("/dev/full", "wb", buffering=4)
try:
    b.write(b"more than four bytes")
except OSError as e:
    print("buffered:", e)
b.close()
with open("/dev/null", "w") as n:
    print(n.write("discarded"), n.seekable(), n.isatty())
with open("/dev/null") as n:
    print(repr(n.read()))
