# @contextmanager: the RuntimeErrors of a generator that breaks the protocol
from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def keeps_going():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e))

for f in (no_yield, two_yields, keeps_going):
    try:
        with f():
            print("body of", f.__name__)
            if f is keeps_going:
                raise KeyError("k")
    except RuntimeError as e:
        print(f.__name__, "RuntimeError:", e, e.__suppress_context__,
              type(e.__context__).__name__, e.__cause__)

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# a manager cannot be entered twice
cm = two_yields()
try:
    with cm:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
