# Float components round half to even.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for us in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.4999999, 1e-7]:
    t(lambda: timedelta(microseconds=us))
t(lambda: timedelta(seconds=0.5, microseconds=0.5))
t(lambda: timedelta(days=0.1))
t(lambda: timedelta(days=1.5, hours=0.25))
t(lambda: timedelta(weeks=0.001))
t(lambda: timedelta(seconds=-0.0000015))
t(lambda: timedelta(minutes=1/3))
t(lambda: timedelta(days=-0.0))
