# Without -u, on pipes: stdout block-buffered, stderr line-buffered.
import sys

print(sys.stdout.buffer, sys.stdout.line_buffering, sys.stdout.write_through)
print(sys.stderr.buffer, sys.stderr.line_buffering, sys.stderr.write_through)
print(sys.stdin.buffer)
