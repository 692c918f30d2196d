# Timestamps in UTC.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: datetime.fromtimestamp(0, timezone.utc))
t(lambda: datetime.fromtimestamp(0.0000005, timezone.utc))
t(lambda: datetime.fromtimestamp(0.0000015, timezone.utc))
t(lambda: datetime.fromtimestamp(-0.0000005, timezone.utc))
t(lambda: datetime.fromtimestamp(0.9999999, timezone.utc))
t(lambda: datetime.fromtimestamp(-1.5, timezone.utc))
t(lambda: datetime.fromtimestamp(1e-7, 5))
t(lambda: datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-8))))
t(lambda: datetime.fromtimestamp(1e20, timezone.utc))
t(lambda: datetime.fromtimestamp(float('nan'), timezone.utc))
t(lambda: datetime.fromtimestamp('0', timezone.utc))
t(lambda: datetime.fromtimestamp(timestamp=5, tz=timezone.utc))
t(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
t(lambda: datetime(1, 1, 1, tzinfo=timezone.utc).timestamp())
t(lambda: datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc).timestamp())
t(lambda: datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=timezone.utc).timestamp())
