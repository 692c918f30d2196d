# Time construction.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: time())
t(lambda: time(1, 2, 3, 4))
t(lambda: time(23, 59, 59, 999999))
t(lambda: time(24))
t(lambda: time(-1))
t(lambda: time(1, 60))
t(lambda: time(1, 1, 60))
t(lambda: time(1, 1, 1, 10**6))
t(lambda: time(fold=1))
t(lambda: time(fold=2))
t(lambda: time(fold=-1))
t(lambda: time(tzinfo=1))
t(lambda: time(1.0))
t(lambda: time('1'))
t(lambda: time(2**40))
t(lambda: time(1, 2, 3, 4, timezone.utc, fold=1))
t(lambda: time(1, 2, 3, 4, None, 5))
t(lambda: time(hour=5, minute=6, tzinfo=timezone(timedelta(hours=1))))
t(lambda: time(b'\x01\x02\x03\x00\x00\x04'))
t(lambda: time(b'\x81\x02\x03\x00\x00\x04', timezone.utc))
