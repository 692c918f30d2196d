# Timedelta construction and normalisation.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (1,), (0, 1), (0, 0, 1), (1, 2, 3, 4, 5, 6, 7), (-1,), (0, -1), (0, 0, -1),
             (0, 86400), (0, 0, 10**6), (-1, 86399, 999999), (0, 0, 0, 1500), (0, 0, 0, 0, 90)]:
    t(lambda: timedelta(*args))
t(lambda: timedelta(weeks=1, hours=-1, minutes=30))
t(lambda: timedelta(milliseconds=-1))
t(lambda: timedelta(days=999999999, seconds=86399, microseconds=999999))
t(lambda: timedelta(days=-999999999))
