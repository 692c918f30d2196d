# input() reads a line from sys.stdin after writing the prompt to sys.stdout.
import io
import sys

real_in, real_out = sys.stdin, sys.stdout
sys.stdin = io.StringIO('first line\nsecond\r\nno newline at end')
print(repr(input()), repr(input('> ')), repr(input(42)))
try:
    input('again? ')
except EOFError as e:
    print(type(e).__name__, e)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(('write', s))

    def flush(self):
        self.calls.append(('flush',))


rec = Recorder()
sys.stdin = io.StringIO('x\n')
sys.stdout = rec
got = input('prompt: ')
sys.stdout = real_out
print(repr(got), rec.calls)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = io.StringIO('y\n')
sys.stdout = None
try:
    input()
except RuntimeError as e:
    sys.stdout = real_out
    print(e)
sys.stdout = real_out


class Weird:
    def readline(self):
        return 5


sys.stdin = Weird()
try:
    input()
except TypeError as e:
    print(e)
sys.stdin = real_in
try:
    input('a', 'b')
except TypeError as e:
    print(e)
del sys.stdin
try:
    input()
except RuntimeError as e:
    print(e)
sys.stdin = real_in
