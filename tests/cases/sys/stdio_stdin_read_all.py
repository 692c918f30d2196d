# sys.stdin.read() and readlines() of a pipe, undecodable bytes escaped.
import os
import sys

r, w = os.pipe()
os.write(w, b"a\nb\xff\nc")
os.close(w)
os.dup2(r, 0)
os.close(r)
print(repr(sys.stdin.read(2)))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()))
sys.stdin.close()
try:
    sys.stdin.read()
except ValueError as e:
    print("ValueError:", e)
print(sys.stdin.closed, sys.stdin.buffer.closed)
