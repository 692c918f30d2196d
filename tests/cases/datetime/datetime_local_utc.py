# Naive local time with TZ=UTC.
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
t(lambda: datetime.fromtimestamp(0))
t(lambda: datetime.fromtimestamp(1700000000.25))
t(lambda: datetime(2024, 1, 1).timestamp())
t(lambda: datetime(2024, 1, 1, 12, 30).astimezone())
t(lambda: datetime(2024, 1, 1, 12, 30, tzinfo=timezone(timedelta(hours=2))).astimezone())
t(lambda: datetime(2024, 1, 1).astimezone(timezone.utc))
t(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(timezone.utc))
t(lambda: datetime(2024, 1, 1).astimezone(5))
t(lambda: datetime(2024, 1, 1, 12, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-5))))
t(lambda: datetime(2024, 1, 1, 12, tzinfo=timezone.utc).utctimetuple())
t(lambda: datetime(2024, 1, 1, 12, tzinfo=timezone.utc).timetuple())
t(lambda: datetime(2024, 1, 2, 3, 4, 5).timetuple())
t(lambda: datetime(2024, 1, 2, 3, 4, 5).utctimetuple())
