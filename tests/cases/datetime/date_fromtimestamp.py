# Date.fromtimestamp.
# env: TZ=UTC
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import time
time.tzset()
for ts in [0, 86399, 86400, -1, 1e9, 1700000000.5, 253402300799]:
    t(lambda: date.fromtimestamp(ts))
t(lambda: date.fromtimestamp(1e20))
t(lambda: date.fromtimestamp(-1e20))
t(lambda: date.fromtimestamp(float('nan')))
t(lambda: date.fromtimestamp(float('inf')))
t(lambda: date.fromtimestamp('x'))
t(lambda: date.fromtimestamp(None))
t(lambda: date.fromtimestamp(253402300800))
