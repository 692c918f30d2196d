# Timedelta error texts.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: timedelta(days=1e9))
t(lambda: timedelta(days=10**9))
t(lambda: timedelta(days=-10**9))
t(lambda: timedelta(days=10**30))
t(lambda: timedelta(days=1e300))
t(lambda: timedelta(days=float('nan')))
t(lambda: timedelta(days=float('inf')))
t(lambda: timedelta(days='1'))
t(lambda: timedelta(seconds=None))
t(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
t(lambda: timedelta(foo=1))
t(lambda: timedelta.max + timedelta(1))
t(lambda: timedelta.min - timedelta(microseconds=1))
t(lambda: timedelta.max * 2)
t(lambda: -timedelta.min)
