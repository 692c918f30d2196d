# Time.isoformat and str.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tm = time(1, 2, 3, 4500, tzinfo=timezone(timedelta(hours=-1, minutes=-30)))
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'bad', 'AUTO']:
    t(lambda: tm.isoformat(ts))
    t(lambda: time(1, 2).isoformat(timespec=ts))
t(lambda: time(1, 2, 3).isoformat('milliseconds'))
t(lambda: tm.isoformat(timespec=5))
t(lambda: tm.isoformat('auto', 1))
for x in [time(), time(0, 0, 1), time(0, 0, 0, 1), time(12, 30, tzinfo=timezone.utc), tm,
          time(1, tzinfo=timezone(timedelta(seconds=1))), time(1, tzinfo=timezone(timedelta(microseconds=-1)))]:
    print(str(x), repr(x), format(x), format(x, '%H|%M|%S|%f'))
