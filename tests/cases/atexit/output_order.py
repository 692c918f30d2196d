# Handlers writing to stdout and stderr after the main program's output,
# all flushed in CPython's order.
import atexit
import sys


def both(tag):
    print("out", tag)
    print("err", tag, file=sys.stderr)


for i in range(3):
    atexit.register(both, i)
print("main out")
print("main err", file=sys.stderr)
sys.stdout.write("no newline")
