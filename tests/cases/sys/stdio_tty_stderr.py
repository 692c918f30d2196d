# driver: tty
# With stderr a terminal: its stream is line-buffered and says so.
import os
import sys

print(sys.stderr.isatty(), sys.stderr.buffer.isatty(), sys.stderr.line_buffering, sys.stdout.isatty())
sys.stderr.write("no newline, ")
os.write(2, b"[fd2] ")
sys.stderr.write("newline\n")
os.write(2, b"[fd2]\n")
print(repr(sys.stderr), file=sys.stderr)
