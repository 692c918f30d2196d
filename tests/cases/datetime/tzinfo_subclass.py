# Tzinfo subclasses written in Python.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.hours = hours
        self.name = name
    def utcoffset(self, dt):
        return timedelta(hours=self.hours)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return 'Fixed(%r)' % self.hours
z = Fixed(3, 'Z3')
d = datetime(2024, 5, 6, 7, 8, 9, tzinfo=z)
print(repr(d), d, d.utcoffset(), d.dst(), d.tzname(), d.isoformat(), d.strftime('%z %Z %:z'))
print(d.astimezone(timezone.utc), d.timestamp(), d.utctimetuple())
print(d == datetime(2024, 5, 6, 4, 8, 9, tzinfo=timezone.utc), d - datetime(2024, 5, 6, tzinfo=timezone.utc))
print(z.fromutc(datetime(2024, 1, 1, tzinfo=z)))
print(z.__reduce__())
tm = time(1, 2, tzinfo=z)
print(repr(tm), tm.utcoffset(), tm.tzname(), tm.isoformat())
class Bad(tzinfo):
    def utcoffset(self, dt):
        return self.value
    def tzname(self, dt):
        return 5
    def dst(self, dt):
        return None
b = Bad()
for v in [timedelta(days=1), timedelta(hours=-24), 5, None, timedelta(hours=23)]:
    b.value = v
    t(lambda: datetime(2024, 1, 1, tzinfo=b).utcoffset())
    t(lambda: datetime(2024, 1, 1, tzinfo=b).isoformat())
t(lambda: datetime(2024, 1, 1, tzinfo=b).tzname())
t(lambda: datetime(2024, 1, 1, tzinfo=b).strftime('%Z'))
t(lambda: b.fromutc(datetime(2024, 1, 1, tzinfo=b)))
t(lambda: datetime(2024, 1, 1, tzinfo=b).timetuple())
