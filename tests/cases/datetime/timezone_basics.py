# Timezone values, names and errors.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: timezone(timedelta(hours=5, minutes=30)))
t(lambda: str(timezone(timedelta(hours=5, minutes=30))))
t(lambda: str(timezone(timedelta(hours=-5, minutes=30, seconds=1, microseconds=5))))
t(lambda: str(timezone(timedelta(0))))
t(lambda: timezone(timedelta(0)))
t(lambda: timezone(timedelta(0)) is timezone.utc)
t(lambda: timezone(timedelta(0), 'UTC'))
t(lambda: timezone(timedelta(hours=1), 'X'))
t(lambda: timezone(timedelta(hours=24)))
t(lambda: timezone(timedelta(hours=-24)))
t(lambda: timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)))
t(lambda: timezone(5))
t(lambda: timezone(timedelta(1), 5))
t(lambda: timezone())
t(lambda: timezone(timedelta(hours=1), name='x', offset=1))
t(lambda: timezone(offset=timedelta(hours=1), name='x'))
t(lambda: (timezone.min, timezone.max))
t(lambda: timezone.utc.utcoffset(None))
t(lambda: timezone.utc.utcoffset(5))
t(lambda: timezone.utc.tzname(None))
t(lambda: timezone.utc.dst(None))
t(lambda: timezone.utc.dst(datetime(2024, 1, 1)))
t(lambda: timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'))
t(lambda: hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1)))
t(lambda: timezone.utc < timezone.utc)
t(lambda: timezone.utc == 5)
t(lambda: timezone(timedelta(hours=1)).__getinitargs__())
t(lambda: timezone(timedelta(hours=1), 'A').__reduce__())
t(lambda: timezone.utc.__reduce__())
