"""Shared by the tests/cases/unittest_mock cases: reprs with the ids of
mocks replaced, and the message of an expected exception."""
import re


def r(obj):
    return re.sub(r"id='\d+'", "id='N'", repr(obj))


def show(*objs):
    print(*[r(o) for o in objs])


def error(func, *args, **kwargs):
    """Call func; print the exception it raises (type and message)."""
    try:
        value = func(*args, **kwargs)
    except Exception as e:
        text = re.sub(r"id='\d+'", "id='N'", str(e))
        print(type(e).__name__ + ":", text)
    else:
        print("no error:", r(value))
