# Odds and ends of the standard streams: descriptors, what each layer can
# do, stdin at its end (/dev/null here), names and modes in the reprs.
import io
import os
import sys

print("flush", flush=True)
os.write(1, b"[fd]\n")
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.buffer.raw.isatty(), sys.stdin.seekable(), sys.stdin.buffer.seekable())
try:
    sys.stdin.write("x")
except Exception as e: print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e: print(type(e).__name__, e)
try:
    sys.stdin.buffer.write(b"x")
except Exception as e: print(type(e).__name__, e)
print(sys.stdin.read(), repr(sys.stdin.readline()), list(sys.stdin))
print(sys.stdin.tell(), sys.stdin.buffer.tell())
with open(1, "w", closefd=False) as f:
    print("via open(1)", file=f)
print(sys.stdout.newlines, sys.stdout.name, sys.stdout.buffer.name, sys.stdout.buffer.raw.name)
sys.stdout.buffer.raw.name = "changed"
print(repr(sys.stdout), repr(sys.stdout.buffer))
sys.stdout.mode = "ww"
print(repr(sys.stdout))
del sys.stdout.mode
print(repr(sys.stdout))
print(io.TextIOWrapper.write is type(sys.stdout).write, sys.stdout.write.__qualname__)
print(sys.stdout.writable(), sys.stdout.buffer.writable(), sys.stdout.buffer.raw.writable())
print(sys.stdout.seekable(), sys.stdout.buffer.readable())
sys.stdout.writelines(("a", "b\n"))
print(sys.stdout.__class__, sys.stdout.buffer.__class__, sys.stdout.buffer.raw.__class__)
print(sys.stdout.buffer.raw.closefd, sys.stdout.buffer.raw.mode)
