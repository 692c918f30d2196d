# Closing sys.stdout: it reports closed, writes raise ValueError, and the
# descriptor stays open (the FileIO does not own it).
import os
import sys

print("before")
sys.stdout.close()
print(sys.stdout.closed, sys.stdout.buffer.closed, sys.stdout.buffer.raw.closed, file=sys.stderr)
for what in (lambda: print("after"), lambda: sys.stdout.write("x"), lambda: sys.stdout.flush(),
             lambda: sys.stdout.buffer.write(b"x"), lambda: sys.stdout.fileno(), lambda: sys.stdout.isatty(),
             lambda: sys.stdout.buffer.raw.write(b"x")):
    try:
        what()
        print("no error", file=sys.stderr)
    except ValueError as e:
        print("ValueError:", e, file=sys.stderr)
print(repr(sys.stdout), file=sys.stderr)
os.write(1, b"fd 1 still open\n")
sys.stdout.close()
print("closed twice is fine", file=sys.stderr)
