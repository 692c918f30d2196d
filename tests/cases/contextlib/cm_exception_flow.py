# @contextmanager: exceptions thrown into the generator, swallowed or not
from contextlib import contextmanager

@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", repr(e))

@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise ValueError("transformed") from e

@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print("seen", repr(e))
        raise

for i, kind in enumerate((KeyError, IndexError)):
    try:
        with swallow(KeyError):
            raise kind(i)
        print("continued after", kind.__name__)
    except Exception as e:
        print("escaped", repr(e))

try:
    with transform():
        raise KeyError("orig")
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

E = OSError("same")
try:
    with reraise():
        raise E
except OSError as e:
    print(e is E, repr(e.__context__))

@contextmanager
def finally_only():
    try:
        yield 1
    finally:
        print("cleanup")

try:
    with finally_only() as x:
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
