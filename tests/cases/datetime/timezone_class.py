# Timezone and tzinfo classes.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(timezone.__doc__, tzinfo.__doc__, sep='|')
for n in ['utcoffset', 'tzname', 'dst', 'fromutc']:
    print(n, repr(getattr(timezone, n).__doc__), repr(getattr(tzinfo, n).__doc__))
print([n for n in dir(timezone) if not n.startswith('__')])
t(lambda: type('X', (timezone,), {}))
t(lambda: tzinfo().utcoffset(None))
t(lambda: tzinfo().tzname(None))
t(lambda: tzinfo().dst(None))
t(lambda: tzinfo().fromutc(5))
t(lambda: tzinfo().__reduce__())
t(lambda: tzinfo(1))
