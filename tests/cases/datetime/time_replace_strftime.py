# Time.replace and strftime.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tm = time(1, 2, 3, 4500, tzinfo=timezone(timedelta(hours=-1, minutes=-30)))
t(lambda: tm.replace(hour=5, tzinfo=None))
t(lambda: tm.replace(fold=1))
t(lambda: tm.replace(fold=2))
t(lambda: tm.replace(minute=60))
t(lambda: tm.replace(tzinfo=5))
t(lambda: time(1, 2, 3).replace(4, 5, 6, 7, None))
t(lambda: tm.strftime('%H %M %S %f %z %:z %Z %Y %j %%'))
t(lambda: time(1).strftime('%z|%Z|%:z'))
t(lambda: format(tm, '%H'))
t(lambda: format(tm, ''))
