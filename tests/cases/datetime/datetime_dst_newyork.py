# Fold and gaps in a DST zone.
# env: TZ=America/New_York
from datetime import *
import datetime as D


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


import time
time.tzset()
for args in [(2024, 3, 10, 1, 59), (2024, 3, 10, 2, 30), (2024, 3, 10, 3, 0), (2024, 11, 3, 0, 59),
             (2024, 11, 3, 1, 30), (2024, 11, 3, 2, 0)]:
    for fold in (0, 1):
        d = datetime(*args, fold=fold)
        ts = d.timestamp()
        back = datetime.fromtimestamp(ts)
        print(d, fold, ts, repr(back), d.astimezone(), d.astimezone(timezone.utc))
for ts in [1730611800, 1730613600, 1730615400, 1710054000]:
    x = datetime.fromtimestamp(ts)
    print(repr(x), x.fold, x.astimezone().tzname(), x.astimezone().utcoffset())
print(datetime(2024, 7, 1, 12).astimezone().tzname(), datetime(2024, 1, 1, 12).astimezone().tzname())
print(datetime(2024, 7, 1, 12, tzinfo=timezone.utc).astimezone())
