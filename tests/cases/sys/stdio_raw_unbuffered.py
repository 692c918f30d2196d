# options: -u
# Under -u the binary layer of sys.stdout is the FileIO itself: no .raw.
import sys

print(sys.stdout.buffer)
try:
    sys.stdout.buffer.raw
except AttributeError as e:
    print("AttributeError", e)
print(sys.stdin.buffer.raw)
