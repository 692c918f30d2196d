# cwd: tmp
# Files still open at exit are flushed: a second run of the same program
# reads what the first one left (the case runs it twice in one process by
# re-reading the files it wrote).
import sys

f = open("out.txt", "w")
f.write("line one\n")
f.write("line two")
g = open("out.bin", "wb")
g.write(b"\x00\x01")
print(open("out.txt").read() == "", open("out.bin", "rb").read() == b"")
f.flush()
print(open("out.txt").read())
sys.stdout.flush()
