# Timedelta division, floor division, modulo, divmod.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = timedelta(days=3, seconds=7, microseconds=11)
b = timedelta(hours=7)
t(lambda: a / b)
t(lambda: a // b)
t(lambda: a % b)
t(lambda: divmod(a, b))
t(lambda: -a // b)
t(lambda: -a % b)
t(lambda: divmod(-a, b))
t(lambda: a // 7)
t(lambda: a // -7)
t(lambda: a / 7)
t(lambda: a / -7)
t(lambda: timedelta(microseconds=3) / 2)
t(lambda: timedelta(microseconds=5) / 2)
t(lambda: timedelta(microseconds=-3) / 2)
t(lambda: a / 0)
t(lambda: a // 0)
t(lambda: a // timedelta(0))
t(lambda: a % timedelta(0))
t(lambda: divmod(a, timedelta(0)))
t(lambda: a / timedelta(0))
t(lambda: a // 2.0)
t(lambda: a % 2)
t(lambda: divmod(a, 2))
t(lambda: 2 / a)
t(lambda: a // 10**30)
