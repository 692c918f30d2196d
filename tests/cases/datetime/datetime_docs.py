# Datetime docs and names.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(datetime.__doc__)
for n in ['now', 'utcnow', 'fromtimestamp', 'utcfromtimestamp', 'combine', 'fromisoformat', 'strptime', 'date',
          'time', 'timetz', 'ctime', 'timetuple', 'timestamp', 'utctimetuple', 'isoformat', 'utcoffset', 'tzname',
          'dst', 'replace', 'astimezone']:
    print(n, repr(getattr(datetime, n).__doc__))
print([n for n in dir(datetime) if not n.startswith('__')])
print([n for n in dir(time) if not n.startswith('__')])
print([n for n in dir(tzinfo) if not n.startswith('__')])
