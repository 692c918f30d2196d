# ISO calendar round trips.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for y, m, d in [(2004, 1, 1), (2004, 12, 31), (2005, 1, 2), (2008, 12, 29), (2009, 12, 31), (2010, 1, 3),
                (2020, 12, 31), (2021, 1, 3), (2024, 1, 1), (1, 1, 1), (9999, 12, 31), (2015, 12, 31)]:
    x = date(y, m, d)
    ic = x.isocalendar()
    print(x, ic, tuple(ic), ic.year, ic.week, ic.weekday, date.fromisocalendar(*ic) == x)
ic = date(2024, 1, 1).isocalendar()
print(type(ic).__name__, type(ic).__module__, isinstance(ic, tuple), ic[0], ic[-1], len(ic))
