# register as a decorator; a handler that uses the globals of __main__ and
# one that raises from a deeper call.
import atexit

counter = [0]


@atexit.register
def first():
    counter[0] += 1
    print("first", counter)


def helper(n):
    if n == 0:
        raise LookupError("deep")
    helper(n - 1)


@atexit.register
def deep():
    helper(3)


print(first.__name__, deep.__name__, atexit._ncallbacks())
