# Timedelta repr and str.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2, 3, 4), timedelta(0, 0, 1),
          timedelta(0, 59), timedelta(days=-1, seconds=5), timedelta(hours=25), timedelta(microseconds=-1),
          timedelta.max, timedelta.min, timedelta.resolution, timedelta(weeks=3, minutes=61)]:
    print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds())
class TD(timedelta):
    pass
print(repr(TD(1, 2)), str(TD(0, 1)))
