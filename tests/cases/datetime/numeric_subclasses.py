# Subclasses of int, float and timedelta as arguments.
from datetime import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class TD(timedelta):
    pass


class I(int):
    pass


class F(float):
    pass


t(lambda: timezone(TD(hours=1)))
t(lambda: type(timezone(TD(hours=1)).utcoffset(None)).__name__)
t(lambda: date(2024, 1, 1) + TD(days=2))
t(lambda: datetime(2024, 1, 1) - TD(hours=2))
t(lambda: timedelta(I(5), F(1.5)))
t(lambda: date(I(2024), I(2), I(3)))
t(lambda: timedelta(1) * I(3))
t(lambda: timedelta(1) * F(0.5))
t(lambda: timedelta(1) / F(4.0))
t(lambda: timedelta(1) // I(3))
t(lambda: datetime.fromtimestamp(F(1.5), timezone.utc))
t(lambda: datetime.fromtimestamp(I(5), timezone.utc))
t(lambda: date.fromordinal(I(5)))
t(lambda: time(I(1), I(2)))
t(lambda: time(1).replace(hour=I(3)))
t(lambda: TD(1) == timedelta(1))
t(lambda: hash(TD(1)) == hash(timedelta(1)))
t(lambda: {TD(1): 'a'}[timedelta(1)])
t(lambda: timedelta(1) < TD(2))
