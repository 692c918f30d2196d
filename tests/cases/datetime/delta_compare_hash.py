# Timedelta comparisons, hashing, truth.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b = timedelta(1), timedelta(hours=24)
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b), hash(a) == hash((1, 0, 0)))
print(timedelta(0, 1) > timedelta(0, 0, 999999), timedelta(-1) < timedelta(0))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(-1)))
t(lambda: a == 1)
t(lambda: a != 'x')
t(lambda: a < 1)
t(lambda: a >= None)
print(sorted([timedelta(3), timedelta(-2), timedelta(0, 5)]))
print(len({timedelta(1), timedelta(hours=24), timedelta(0, 86400)}))
print(max(timedelta(1), timedelta(2)), min(timedelta(1), timedelta(-2)))
