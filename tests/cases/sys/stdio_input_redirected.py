# input() writes its prompt to sys.stdout and reads sys.stdin, whatever
# they are; without them it says what is lost.
import io
import sys

sys.stdin = io.StringIO("from a StringIO\nsecond\n")
print(repr(input("? ")))
out = io.StringIO()
sys.stdout = out
answer = input("prompt to StringIO: ")
sys.stdout = sys.__stdout__
print(repr(answer), repr(out.getvalue()))
del sys.stdin
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = sys.__stdin__
sys.stdout = None
try:
    input("x")
except RuntimeError as e:
    print("RuntimeError:", e, file=sys.stderr)
sys.stdout = sys.__stdout__
print("done")
