# reconfigure() of stderr and stdin, and write_through with bytes written
# to sys.stdout.buffer in between.
import sys

sys.stderr.reconfigure(line_buffering=False, errors="replace")
print(sys.stderr.line_buffering, sys.stderr.errors, sys.stderr.encoding)
sys.stderr.write("stderr \udc80\n")
sys.stderr.flush()
sys.stdin.reconfigure(encoding="latin-1")
print(sys.stdin.encoding, sys.stdin.errors, repr(sys.stdin.read()), sys.stdin)
sys.stdout.write("text ")
sys.stdout.buffer.write(b"[bytes, before the text]\n")
sys.stdout.flush()
sys.stdout.reconfigure(write_through=True)
sys.stdout.write("text ")
sys.stdout.buffer.write(b"[bytes, after the text]\n")
print(sys.stdout.write_through)
