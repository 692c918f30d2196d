# sys.stdin reads descriptor 0 through its buffer: lines, input(), bytes,
# iteration, the end of the input.
import os
import sys

r, w = os.pipe()
os.write(w, "first line\nsecond \xe9\nthird\r\n".encode() + b"raw \xff bytes\nrest\nmore\nlast")
os.close(w)
os.dup2(r, 0)
os.close(r)
print(repr(sys.stdin.readline()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.buffer.readline()))
print([line for line in sys.stdin])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), repr(sys.stdin.buffer.read()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.newlines, sys.stdin.closed)
