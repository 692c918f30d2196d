# Date comparisons and hashing.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b = date(2024, 1, 1), date(2024, 1, 2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a == date(2024, 1, 1))
print(hash(a) == hash(date(2024, 1, 1)), hash(a) == hash(b'\x07\xe8\x01\x01'))
t(lambda: a < 1)
t(lambda: a == 1)
t(lambda: a < datetime(2024, 1, 1))
t(lambda: a == datetime(2024, 1, 1))
t(lambda: datetime(2024, 1, 1) == a)
t(lambda: datetime(2024, 1, 1) > a)
print(sorted([b, a, date.max, date.min]))
print(len({a, date(2024, 1, 1), b}))
print(bool(date.min))
