# sys.stdout.detach() hands over its buffer, flushed; the wrapper is then
# unusable, and a new wrapper over the buffer writes in order.
import io
import sys

print("pending text", end=" ")
b = sys.stdout.detach()
print(type(b).__name__, b.closed, file=sys.stderr)
b.write(b"[bytes]\n")
for what in (lambda: print("x"), lambda: sys.stdout.buffer, lambda: sys.stdout.closed, lambda: repr(sys.stdout)):
    try:
        what()
        print("no error", file=sys.stderr)
    except ValueError as e:
        print("ValueError:", e, file=sys.stderr)
print(sys.stdout.encoding, sys.stdout.line_buffering, file=sys.stderr)
sys.stdout = io.TextIOWrapper(b, encoding="utf-8", line_buffering=False)
print("through the new wrapper")
b.write(b"[more bytes]\n")
print("last line", repr(sys.stdout))
