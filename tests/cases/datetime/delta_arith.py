# Timedelta arithmetic.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b = timedelta(days=1, seconds=5), timedelta(hours=-3, microseconds=7)
t(lambda: a + b)
t(lambda: a - b)
t(lambda: b - a)
t(lambda: -a)
t(lambda: +b)
t(lambda: abs(b))
t(lambda: a * 3)
t(lambda: 3 * a)
t(lambda: a * -1)
t(lambda: a * 0)
t(lambda: a * 10**20 // 10**20)
t(lambda: a + 1)
t(lambda: 1 - a)
t(lambda: a * 'x')
t(lambda: a * None)
t(lambda: a @ b)
