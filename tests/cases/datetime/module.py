# The datetime module namespace.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(D.MINYEAR, D.MAXYEAR, D.UTC, D.UTC is timezone.utc)
print(D.__all__)
print(D.__doc__)
print(sorted(n for n in dir(D) if not n.startswith('_') and n != 'datetime_CAPI'))
for c in [date, datetime, time, timedelta, timezone, tzinfo]:
    print(c.__name__, c.__module__, c.__qualname__, [b.__name__ for b in c.__mro__])
import _datetime
print(_datetime.date is date, _datetime.UTC is D.UTC)
