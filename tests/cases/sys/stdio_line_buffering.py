# When the text reaches the descriptor: at a chunk's size, at a newline (or
# a carriage return) with line buffering, at once with write_through.
import os
import sys

print("a", end="")
os.write(1, b"[fd]")
print("b")
sys.stdout.reconfigure(line_buffering=True)
print("c", end="")
os.write(1, b"[fd]")
print("d")
os.write(1, b"[fd]")
sys.stdout.write("e\rf")
os.write(1, b"[fd]")
sys.stdout.write("g")
sys.stdout.reconfigure(line_buffering=False, write_through=True)
sys.stdout.write("h")
os.write(1, b"[fd]")
sys.stdout.reconfigure(write_through=False)
sys.stdout.write("x" * 9000)
os.write(1, b"[fd after a chunk]")
print()
print(sys.stderr.line_buffering)
sys.stderr.write("err no newline ")
os.write(2, b"[fd2]")
sys.stderr.write("err newline\n")
os.write(2, b"[fd2]\n")
