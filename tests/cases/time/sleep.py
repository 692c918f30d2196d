# sleep(): the time passes; argument errors.
import time

t0 = time.monotonic()
time.sleep(0.05)
time.sleep(0)
time.sleep(False)
time.sleep(1 / 1000)
print(time.monotonic() - t0 >= 0.05)


def attempt(label, *args):
    try:
        print(label, time.sleep(*args))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for bad in [-1, -0.001, float("nan"), float("inf"), 1e300, 2**70, -2**70, "1", None, [1], 1j]:
    attempt(repr(bad), bad)
attempt("none")
attempt("two", 1, 2)
print(time.sleep(-0.0))
