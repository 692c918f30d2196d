# Timezone.fromutc.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
tz = timezone(timedelta(hours=2))
t(lambda: tz.fromutc(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2)))))
t(lambda: tz.fromutc(datetime(2024, 1, 1, 23, tzinfo=tz)))
t(lambda: timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
t(lambda: timezone.utc.fromutc(5))
t(lambda: timezone(timedelta(hours=-1)).fromutc(datetime(1, 1, 1, tzinfo=None)))
