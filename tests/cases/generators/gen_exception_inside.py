def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
print(list(safe_div([(1, 2), (3, 0), (4, 4)])))
def checker():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        yield f"handled {e}"
    yield "end"
print(list(checker()))
import sys
def ctx():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exception()
    yield sys.exception()
g = ctx()
print(repr(next(g)), repr(next(g)))
