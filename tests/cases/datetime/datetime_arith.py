# Datetime arithmetic.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 2, 28, 23, 30)
t(lambda: d + timedelta(hours=1))
t(lambda: d + timedelta(days=1, hours=1))
t(lambda: timedelta(microseconds=-1) + d)
t(lambda: d - timedelta(days=59))
t(lambda: d - datetime(2024, 1, 1))
t(lambda: datetime(2024, 1, 1) - d)
t(lambda: d - datetime(2024, 1, 1, tzinfo=timezone.utc))
t(lambda: d + d)
t(lambda: d + 1)
t(lambda: d - date(2024, 1, 1))
t(lambda: datetime.max + timedelta(microseconds=1))
t(lambda: datetime.min - timedelta(microseconds=1))
a = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=5)))
b = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
t(lambda: a - b)
t(lambda: b - a)
t(lambda: a + timedelta(hours=1))
t(lambda: (a + timedelta(hours=1)).tzinfo)
