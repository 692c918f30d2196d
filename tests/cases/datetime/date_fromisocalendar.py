# Date.fromisocalendar errors.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: date.fromisocalendar(2020, 53, 7))
t(lambda: date.fromisocalendar(2021, 53, 1))
t(lambda: date.fromisocalendar(2024, 0, 1))
t(lambda: date.fromisocalendar(2024, 54, 1))
t(lambda: date.fromisocalendar(2024, 5, 0))
t(lambda: date.fromisocalendar(2024, 5, 8))
t(lambda: date.fromisocalendar(0, 5, 1))
t(lambda: date.fromisocalendar(10000, 1, 1))
t(lambda: date.fromisocalendar(9999, 52, 7))
t(lambda: date.fromisocalendar(1, 1, 1))
t(lambda: date.fromisocalendar(2024.0, 1, 1))
t(lambda: date.fromisocalendar(2**40, 1, 1))
t(lambda: date.fromisocalendar(year=2024, week=2, day=3))
