# Date.timetuple.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in [date(2024, 1, 1), date(2024, 12, 31), date(2023, 12, 31), date(1, 1, 1)]:
    tt = d.timetuple()
    print(tt, tt.tm_yday, tt.tm_wday, tt.tm_isdst)
