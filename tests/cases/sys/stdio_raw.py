# sys.stdout.buffer.raw and friends: FileIO objects over descriptors 0, 1
# and 2 named as the streams, which do not close them; a write to one goes
# out at once, past what the buffers hold.
import sys

r = sys.stdout.buffer.raw
print(r, r.name, r.mode, r.closefd, r.fileno(), r.writable(), r.readable(), r is sys.stdout.buffer.raw)
print(type(r).__name__, type(r).__module__, r.isatty(), r.seekable())
print("buffered")
r.write(b"direct\n")
sys.stdout.flush()
r.write(b"after the flush\n")
i = sys.stdin.buffer.raw
print(i, i.name, i.mode, i.read(), i.closed, i.readable())
e = sys.stderr.buffer.raw
print(e, e.name)
e.write(b"to stderr\n")
del r, i, e
print(sys.stdout.buffer.raw.closed)
