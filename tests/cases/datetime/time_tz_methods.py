# Time utcoffset, dst, tzname and comparisons.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tm = time(1, 2, 3, 4500, tzinfo=timezone(timedelta(hours=-1, minutes=-30)))
print(tm.utcoffset(), tm.dst(), tm.tzname())
print(time(1).utcoffset(), time(1).dst(), time(1).tzname())
t(lambda: time(1) < time(2, tzinfo=timezone.utc))
t(lambda: time(1) == time(1, tzinfo=timezone.utc))
t(lambda: time(1, tzinfo=timezone(timedelta(hours=1))) == time(0, tzinfo=timezone.utc))
t(lambda: time(1, tzinfo=timezone(timedelta(hours=1))) < time(0, 30, tzinfo=timezone.utc))
t(lambda: time(1) < 5)
t(lambda: time(1) == 5)
t(lambda: time(1) < time(1, 0, 0, 1))
print(bool(time(0)), bool(time(0, tzinfo=timezone.utc)))
print(time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1)))
print(hash(time(1, tzinfo=timezone(timedelta(hours=1)))) == hash(time(0, tzinfo=timezone.utc)))
t(lambda: time(1) + timedelta(1))
t(lambda: time(1) - time(1))
