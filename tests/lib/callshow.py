"""Calls a function and prints the repr of its result, or the class and
message of the exception it raised."""


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
