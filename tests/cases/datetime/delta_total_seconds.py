# Timedelta.total_seconds exactness.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in [timedelta(0), timedelta(microseconds=1), timedelta(microseconds=-1), timedelta.max, timedelta.min,
          timedelta(days=1, microseconds=1), timedelta(days=10**6, microseconds=3), timedelta(seconds=1/3)]:
    print(d.total_seconds())
