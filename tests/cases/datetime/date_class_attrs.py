# Date class attributes and docs.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(date.min, date.max, date.resolution)
print(date.__doc__)
for name in ['today', 'fromtimestamp', 'fromordinal', 'fromisoformat', 'fromisocalendar', 'strptime', 'ctime',
             'strftime', 'timetuple', 'isocalendar', 'isoformat', 'isoweekday', 'toordinal', 'weekday', 'replace']:
    print(name, repr(getattr(date, name).__doc__))
print([n for n in dir(date) if not n.startswith('__')])
t(lambda: setattr(date(2024, 1, 1), 'year', 5))
print(type(date.today()).__name__, date.today() == date.fromtimestamp(__import__('time').time()))
