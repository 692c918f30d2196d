# Subclasses of time, tzinfo and timezone-less helpers.
from datetime import time, timedelta, timezone, tzinfo


class T(time):
    def seconds(self):
        return self.hour * 3600 + self.minute * 60 + self.second


x = T(5, 6, 7, 8)
print(repr(x), str(x), x.seconds(), type(x.replace(hour=1)).__name__, repr(x.replace(hour=1)))
print(type(T.fromisoformat('01:02')).__name__, repr(T.fromisoformat('01:02+01:00')))
print(type(T.strptime('01:02', '%H:%M')).__name__, x == time(5, 6, 7, 8), hash(x) == hash(time(5, 6, 7, 8)))


class U(time):
    def __new__(cls, *args, label='u', **kw):
        self = super().__new__(cls, *args, **kw)
        self.label = label
        return self


u = U(1, 2, label='x')
print(repr(u), u.label, u.replace(minute=5).label, repr(u.replace(fold=1)))
x.note = 'n'
print(x.note, x.__dict__)
print(isinstance(x, time), T.__mro__[1].__name__, T.min, T.resolution)
