def inner():
    raise KeyError("k")

def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError("v") from e

def outer():
    try:
        middle()
    except ValueError as e:
        raise RuntimeError("r")

try:
    outer()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
    v = e.__context__
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t") from None
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
