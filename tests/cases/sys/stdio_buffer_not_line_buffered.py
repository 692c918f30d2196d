# Line buffering belongs to the text layer: bytes written to the buffer of a
# line-buffered stream wait, newline or not, until the text layer flushes.
import os
import sys

sys.stderr.buffer.write(b"bytes with newline\n")
os.write(2, b"[fd2]\n")
sys.stderr.write("text\n")
os.write(2, b"[fd2 again]\n")
sys.stdout.reconfigure(line_buffering=True)
sys.stdout.buffer.write(b"out bytes\n")
os.write(1, b"[fd1]\n")
print("text")
