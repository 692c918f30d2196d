# Date construction and range errors.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: date(2024, 2, 29))
t(lambda: date(2023, 2, 29))
t(lambda: date(1900, 2, 29))
t(lambda: date(2000, 2, 29))
t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1))
t(lambda: date(2024, 0, 1))
t(lambda: date(2024, 13, 1))
t(lambda: date(2024, 4, 31))
t(lambda: date(2024, 1, 0))
t(lambda: date(2024, 1, 1.0))
t(lambda: date('2024', 1, 1))
t(lambda: date(10**30, 1, 1))
t(lambda: date(2**40, 1, 1))
t(lambda: date(-2**40, 1, 1))
t(lambda: date(True, True, True))
t(lambda: date(year=2024, month=5, day=6))
t(lambda: date(2024, 1, 1, 1))
t(lambda: date(2024, 1, day=1, year=1))
t(lambda: date(MINYEAR, 1, 1))
t(lambda: date(MAXYEAR, 12, 31))
