# Other file objects over descriptor 1 keep buffers of their own: what
# each has flushed goes out in that order, as in CPython.
import io
import sys

print("first from print")
other = open(1, "w", closefd=False, encoding="utf-8")
other.write("from open(1) before flush\n")
sys.stdout.flush()
other.flush()
print("second from print")
wrapper = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
wrapper.write("through a wrapper of sys.stdout.buffer\n")
print("third from print")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes to the buffer\n")
print("fourth from print", flush=True)
other.write("from open(1) at the end\n")
other.close()
wrapper.detach()
print(other.closed, sys.stdout.closed)
