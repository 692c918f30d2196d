# Timedelta class attributes and docs.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(timedelta.__doc__)
print(timedelta.total_seconds.__doc__)
print(timedelta.days.__doc__, timedelta.seconds.__doc__, timedelta.microseconds.__doc__, sep='|')
print([n for n in dir(timedelta) if not n.startswith('__')])
t(lambda: setattr(timedelta, 'x', 2))
