# options: -u
# Under -u the text layer of stdout and stderr writes through to the FileIO
# itself (there is no BufferedWriter), and every text layer writes through.
import io
import os
import sys

for f in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(f), repr(f.buffer), f.line_buffering, f.write_through)
print(type(sys.stdout.buffer) is io.FileIO, hasattr(sys.stdout.buffer, "raw"))
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdout.buffer.closefd)
print("a", end="")
os.write(1, b"<fd>")
sys.stdout.buffer.write(b"<buffer>")
print("b")
sys.stderr.write("e1 ")
os.write(2, b"<fd2> ")
sys.stderr.write("e2\n")
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
