# Date.replace and __replace__.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import copy
d = date(2024, 2, 29)
t(lambda: d.replace(year=2025))
t(lambda: d.replace(year=2028))
t(lambda: d.replace(month=3, day=31))
t(lambda: d.replace(2020))
t(lambda: d.replace(2020, 1, 1, 1))
t(lambda: d.replace(year='x'))
t(lambda: d.replace(hour=1))
t(lambda: d.replace())
t(lambda: copy.replace(d, day=1))
t(lambda: d.__replace__(month=1))
