# Timedelta times and over floats.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = timedelta(seconds=1)
for f in [0.5, 1/3, 2/3, -0.1, 1e-7, 1.5e-6, 2.5e-6, 1e10]:
    t(lambda: d * f)
    t(lambda: f * d)
    t(lambda: d / f)
t(lambda: d * float('nan'))
t(lambda: d * float('inf'))
t(lambda: d / float('nan'))
t(lambda: d / 0.0)
t(lambda: d * 1e300)
t(lambda: timedelta(microseconds=5) * 0.5)
t(lambda: timedelta(microseconds=7) * 0.5)
