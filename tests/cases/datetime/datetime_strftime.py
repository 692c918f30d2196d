# Datetime.strftime.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 3, 5, 7, 8, 9, 12345, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
for f in ['%Y-%m-%d %H:%M:%S.%f', '%z %:z %Z', '%I %p %j %U', '%%f %%z', '%c', '%a %A %b %B', '%f%f',
          '%', 'x%', '%:', '%:x']:
    t(lambda: d.strftime(f))
t(lambda: datetime(2024, 1, 1).strftime('%z|%Z|%:z|%f'))
t(lambda: datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-1))).strftime('%z %:z'))
t(lambda: datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1), '50%')).strftime('%Z'))
