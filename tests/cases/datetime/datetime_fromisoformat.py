# Datetime.fromisoformat.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['2024-01-02T03:04:05.123+01:00', '2024-01-02 03:04', '2024-01-02', '20240102T030405',
          '2024-01-02T24:00', '2024-12-31T24:00', '9999-12-31T24:00', '2024-01-02T', '2024-01-02X03',
          '2024-W01-2T10', '2024W012T10', '2024-01-02T24:00:01', '2024-01-02T25:00', '2024-01-02T03:04:05Z',
          '2024-01-02T03:04:05.1234567-05:30', '2024-01-02T03', '2024-01-0', '2024-01-02T03:04:05+24:00',
          '2024-01-02t03:04', '2024-01-02T0304', '20240102', '2024-W01', '']:
    t(lambda: datetime.fromisoformat(s))
t(lambda: datetime.fromisoformat(None))
