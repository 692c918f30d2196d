# sys.exit(3) keeps its status whatever the handlers do.
import atexit
import sys


def fails():
    raise OSError(2, "nope")


atexit.register(fails)
atexit.register(sys.exit, 9)
sys.exit(3)
