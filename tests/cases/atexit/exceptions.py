# An exception in a handler is reported with its traceback and the others
# still run; SystemExit in a handler does not change the exit status.
import atexit
import sys


def bad():
    print("bad runs")
    raise ValueError("boom")


def chained():
    try:
        1 / 0
    except Exception as e:
        raise KeyError("k") from e


def exits():
    raise SystemExit(5)


atexit.register(print, "first registered, last run")
atexit.register(bad)
atexit.register(exits)
atexit.register(chained)
atexit.register(sys.exit, 7)
atexit.register(print, end=5)
print("main done")
