# Datetime construction.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: datetime(2024, 1, 2))
t(lambda: datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1))
t(lambda: datetime(2024))
t(lambda: datetime(2024, 2, 30))
t(lambda: datetime(2024, 1, 1, 24))
t(lambda: datetime(2024, 1, 1, 0, 60))
t(lambda: datetime(2024, 1, 1, fold=3))
t(lambda: datetime(2024, 1, 1, tzinfo='x'))
t(lambda: datetime(2024, 1, 1, 1, 1, 1, 1, None, 1))
t(lambda: datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x06'))
t(lambda: datetime(b'\x07\xe8\x81\x02\x03\x04\x05\x00\x00\x06', timezone.utc))
t(lambda: datetime.min)
t(lambda: (datetime.max, datetime.resolution))
t(lambda: datetime(year=1, month=1, day=1, microsecond=5))
