# Now, today and their types.
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import time
a = time.time()
n = datetime.now()
u = datetime.now(timezone.utc)
b = time.time()
print(type(n).__name__, n.tzinfo, u.tzinfo, type(datetime.today()).__name__, type(date.today()).__name__)
print(a - 1 <= u.timestamp() <= b + 1)
t(lambda: datetime.now(5))
t(lambda: datetime.now(tz=timezone(timedelta(hours=3))).utcoffset())
class DT(datetime):
    pass
print(type(DT.now()).__name__, type(DT.today()).__name__, type(DT.fromtimestamp(0, timezone.utc)).__name__)
