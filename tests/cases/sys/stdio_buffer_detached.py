# A text stream looks at the FileIO under its buffer to know whether it is
# closed: after its buffer's detach() it still takes text, and fails only
# when that text goes to the buffer (for sys.stdout: at exit, status 120).
import sys

print("x")
raw = sys.stdout.buffer.detach()
print(type(raw).__name__, raw.closed, file=sys.stderr)
print("y")
try:
    sys.stdout.flush()
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)
print("z")
print(sys.stdout.encoding, file=sys.stderr)
