import traceback

def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("bad config") from exc

def load():
    try:
        parse("x")
    except RuntimeError:
        raise KeyError("while loading")

try:
    load()
except KeyError as e:
    err = e
print("".join(traceback.format_exception(err)), end="")
print("---- chain=False")
print("".join(traceback.format_exception(err, chain=False)), end="")
print("---- suppressed")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context") from None
except TypeError as e:
    traceback.print_exception(e, file=__import__("sys").stdout)
