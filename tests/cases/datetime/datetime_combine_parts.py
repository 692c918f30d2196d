# Combine, date(), time(), timetz().
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: datetime.combine(date(2024, 1, 1), time(1, tzinfo=timezone.utc)))
t(lambda: datetime.combine(date(2024, 1, 1), time(1, tzinfo=timezone.utc), tzinfo=None))
t(lambda: datetime.combine(date(2024, 1, 1), time(1, fold=1)))
t(lambda: datetime.combine(datetime(2024, 1, 1, 5), time(1)))
t(lambda: datetime.combine(1, time(1)))
t(lambda: datetime.combine(date(2024, 1, 1), 1))
t(lambda: datetime.combine(date(2024, 1, 1), time(), 5))
x = datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1)
t(lambda: x.date())
t(lambda: x.time())
t(lambda: x.timetz())
t(lambda: x.replace(tzinfo=None, day=5, fold=0))
t(lambda: x.replace(year=2023, month=2, day=29))
t(lambda: x.replace(hour=24))
t(lambda: x.toordinal())
t(lambda: (x.weekday(), x.isoweekday(), x.isocalendar()))
