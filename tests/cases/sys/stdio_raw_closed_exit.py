# Text still waiting when the FileIO under sys.stdout is closed is lost: at
# exit sys.stdout is closed and not flushed.
import sys

print("printed, then lost", end="")
sys.stdout.buffer.raw.close()
print(sys.stdout.closed, sys.stdout.buffer.closed, file=sys.stderr)
try:
    print("more")
    sys.stdout.flush()
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)
