# options: -u
# Under -u: write_through already, line_buffering off.
import sys

print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(write_through=False)
print(sys.stdout.write_through, sys.stdout.buffer)
sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
print("caf\xe9")
