# Date arithmetic.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 1, 31)
t(lambda: d + timedelta(1))
t(lambda: d + timedelta(days=29))
t(lambda: timedelta(days=-31) + d)
t(lambda: d - timedelta(days=366))
t(lambda: d + timedelta(hours=47))
t(lambda: d + timedelta(hours=-1))
t(lambda: d - timedelta(seconds=1))
t(lambda: d - date(2023, 1, 31))
t(lambda: date(2023, 1, 31) - d)
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: date.min + timedelta(3652058))
t(lambda: d + 1)
t(lambda: d - 1)
t(lambda: 1 - d)
t(lambda: d + d)
t(lambda: d * 2)
t(lambda: d - datetime(2024, 1, 1))
t(lambda: datetime(2024, 1, 1) - d)
