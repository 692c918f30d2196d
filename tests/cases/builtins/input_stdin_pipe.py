# input() on the real standard input, fed through a pipe put on descriptor 0.
import os
import sys

r, w = os.pipe()
os.write(w, 'alpha\nbéta\n\nlast'.encode())
os.close(w)
saved = os.dup(0)
os.dup2(r, 0)
os.close(r)
print(repr(input()), repr(input('prompt> ')), repr(input()), repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
os.dup2(saved, 0)
os.close(saved)
