# Datetime repr, str, isoformat, ctime.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 1, 2, 3, 4, 5)
for x in [d, datetime(2024, 1, 2), datetime(2024, 1, 2, 0, 0, 1), datetime(2024, 1, 2, 0, 0, 0, 1),
          datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1), datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-3))),
          datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    print(repr(x), str(x), x.isoformat(), x.ctime(), format(x), format(x, '%Y|%f|%z'))
t(lambda: d.isoformat(5))
t(lambda: d.isoformat('ab'))
t(lambda: d.isoformat(' ', 'hours'))
t(lambda: d.isoformat('é', 'milliseconds'))
t(lambda: d.isoformat(timespec='minutes', sep='_'))
t(lambda: d.isoformat(timespec='x'))
