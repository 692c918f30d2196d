# Zones with odd transitions: a skipped day (Pacific/Apia 2011) and a 30-minute shift (Lord Howe).
import os
import time
from datetime import datetime, timezone

for zone, cases in [('Pacific/Apia', [(2011, 12, 29, 12), (2011, 12, 30, 12), (2011, 12, 31, 12), (2011, 12, 29, 23, 59)]),
                    ('Australia/Lord_Howe', [(2024, 4, 7, 1, 45), (2024, 10, 6, 2, 15), (2024, 1, 1), (2024, 7, 1)])]:
    os.environ['TZ'] = zone
    time.tzset()
    for args in cases:
        for fold in (0, 1):
            d = datetime(*args, fold=fold)
            ts = d.timestamp()
            print(zone, d, fold, ts, repr(datetime.fromtimestamp(ts)), d.astimezone().tzname(),
                  d.astimezone(timezone.utc))
