# options: -u
# Under -u the text layer writes through; reconfigure(write_through=False)
# makes it keep text until a chunk is full or a flush, then straight to
# the FileIO (there is no buffer between).
import os
import sys

print("a", end="")
os.write(1, b"[fd]")
sys.stdout.reconfigure(write_through=False)
print("b", end="")
os.write(1, b"[fd]")
sys.stdout.buffer.write(b"[buffer]")
sys.stdout.flush()
os.write(1, b"[fd]")
sys.stdout.write("x" * 9000)
os.write(1, b"[fd after a chunk]")
sys.stdout.reconfigure(line_buffering=True)
print("c")
os.write(1, b"[fd]\n")
sys.stderr.write("e1 ")
os.write(2, b"[fd2] ")
sys.stderr.reconfigure(write_through=False)
sys.stderr.write("e2 ")
os.write(2, b"[fd2]\n")
