"""Helpers of the pickling cases: rebuild an object from its reduced form
as unpickling would, and print a call's result or its exception."""


def rebuild(x, proto):
    cls, args = x.__reduce_ex__(proto)[:2]
    return cls(*args)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
