def bad():
    yield 1
    raise StopIteration("oops")

try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def running():
    yield g.send(None)
g = running()
try:
    next(g)
except ValueError as e:
    print(e)
def gen_return():
    yield 1
    return "val"
it = gen_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
