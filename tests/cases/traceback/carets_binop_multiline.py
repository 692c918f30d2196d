import traceback

def add(x):
    total = (1 +
             x +
             2)
    return total

try:
    add(None)
except TypeError as e:
    for chunk in traceback.format_exception(e):
        print(repr(chunk))
    traceback.print_exception(e, colorize=True)
