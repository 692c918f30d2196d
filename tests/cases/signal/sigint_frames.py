# Ctrl-C deep in recursion and in a generator: the traceback shows every
# frame, with repeated lines folded as CPython folds them; a generator's
# `finally` runs when it is closed on the way out.
# driver: sigint


def gen():
    try:
        while True:
            yield 1
    finally:
        print("generator closed")


def spin(g):
    while True:
        pass


def down(n):
    if n == 0:
        g = gen()
        next(g)
        return spin(g)
    return down(n - 1)


print("ready", flush=True)
down(30)
