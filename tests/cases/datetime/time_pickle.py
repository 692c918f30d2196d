# Time pickling.
from datetime import *
import datetime as D


def rebuild(x, proto):
    # what unpickling does with the reduced form
    cls, args = x.__reduce_ex__(proto)[:2]
    return cls(*args)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [time(1, 2, 3, 4), time(1, fold=1), time(5, tzinfo=timezone.utc), time(23, 59, 59, 999999, fold=1)]:
    print(x.__reduce__(), x.__reduce_ex__(2), x.__reduce_ex__(4))
    for p in range(6):
        y = rebuild(x, p)
        print(y == x, y.fold, end=' ')
    print()
print(time.min, time.max, time.resolution)
print(time.__doc__)
