# Datetime comparisons and hashing.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 1, 2, 3, 4, 5)
t(lambda: d < datetime(2024, 1, 1, tzinfo=timezone.utc))
t(lambda: d == datetime(2024, 1, 1, tzinfo=timezone.utc))
t(lambda: d != datetime(2024, 1, 1, tzinfo=timezone.utc))
t(lambda: d == date(2024, 1, 2))
t(lambda: d < date(2024, 1, 2))
t(lambda: d < 5)
a = datetime(2024, 1, 1, 17, tzinfo=timezone(timedelta(hours=5)))
b = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(a == b, a < b, a <= b, hash(a) == hash(b))
print(datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))
print(sorted([datetime(2024, 1, 1, 1), datetime(2023, 1, 1), datetime(2024, 1, 1)]))
print(len({a, b, datetime(2024, 1, 1, 12)}))
