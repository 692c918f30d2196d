# America/New_York across its history: LMT, 1918, war time, 1967-2006 rules,
# the 2007 rules, and the TZ-string footer far in the future.
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ny = ZoneInfo("America/New_York")
for args in [(1, 1, 1), (1800, 1, 1), (1883, 11, 18, 12, 3, 57), (1883, 11, 18, 12, 3, 58),
             (1918, 3, 31, 2, 30), (1918, 7, 1), (1942, 6, 1), (1945, 8, 14, 19), (1945, 9, 30, 1, 30),
             (1970, 1, 1), (1974, 1, 6, 2, 30), (1975, 3, 1), (1987, 4, 5, 1, 59, 59), (1987, 4, 5, 3),
             (2006, 4, 2, 3), (2006, 10, 29, 1, 30), (2007, 3, 11, 3), (2007, 11, 4, 1, 30),
             (2024, 1, 15), (2024, 7, 4, 12), (2037, 12, 31, 23, 59), (2038, 3, 14, 2, 30),
             (2100, 3, 14, 3), (2100, 11, 7, 1, 30), (2400, 6, 1), (9999, 12, 31, 23, 59, 59)]:
    for fold in (0, 1):
        dt = datetime(*args, fold=fold, tzinfo=ny)
        print(dt.isoformat(), fold, dt.utcoffset(), dt.dst(), dt.tzname())
for m in range(1, 13):
    dt = datetime(2030, m, 10, tzinfo=ny)
    print(dt, dt.tzname(), dt.dst())
