# Ordinals and weekdays across the calendar.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for y, m, d in [(1, 1, 1), (1, 12, 31), (4, 2, 29), (100, 3, 1), (400, 12, 31), (1582, 10, 15),
                (1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (9999, 12, 31)]:
    x = date(y, m, d)
    o = x.toordinal()
    print(x, o, x.weekday(), x.isoweekday(), date.fromordinal(o) == x)
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal(-5))
t(lambda: date.fromordinal(3652059))
t(lambda: date.fromordinal(3652060))
t(lambda: date.fromordinal(10**7))
t(lambda: date.fromordinal(1.5))
n = 0
for o in range(1, 3652059, 997):
    x = date.fromordinal(o)
    n += x.toordinal() == o
print(n)
