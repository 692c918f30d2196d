# timedelta's fields are read-only member descriptors.

from datetime import timedelta
d = timedelta(1, 2, 3)
print(type(timedelta.days).__name__, timedelta.days, timedelta.seconds.__doc__, d.days, d.seconds, d.microseconds)
for n in ['days', 'seconds', 'microseconds']:
    try: setattr(d, n, 5)
    except Exception as e: print(type(e).__name__, e)
try: del d.days
except Exception as e: print(type(e).__name__, e)
class TD(timedelta): pass
x = TD(-1, 5)
print(x.days, x.seconds, (x * 3).days, timedelta.days.__get__(x), timedelta.min.days, timedelta.max.microseconds)
try: timedelta.days.__get__(5)
except Exception as e: print(type(e).__name__, e)
