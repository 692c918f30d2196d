# An uncaught RecursionError: CPython's traceback ends with the
# "[Previous line repeated N more times]" summary.
def spin(n):
    if n < 0:
        return n
    return spin(n + 1)

def start():
    return spin(0)

start()
