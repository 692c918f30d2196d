# Local time in Europe/London: fold from fromtimestamp, round trips, names, dates.
# env: TZ=Europe/London
import time
from datetime import date, datetime, timedelta, timezone

time.tzset()
start = 1729990800  # 2024-10-27 01:00 UTC, the hour repeated in London
for k in range(-2, 6):
    ts = start + k * 1800
    d = datetime.fromtimestamp(ts)
    print(ts, repr(d), d.timestamp() == ts, d.astimezone().tzname(), d.astimezone().utcoffset(),
          date.fromtimestamp(ts), datetime.fromtimestamp(ts, timezone.utc).astimezone())
spring = 1711846800  # 2024-03-31 01:00 UTC, the skipped hour
for k in range(-2, 4):
    ts = spring + k * 1800
    d = datetime.fromtimestamp(ts)
    print(ts, repr(d), d.timestamp() == ts)
for args in [(2024, 3, 31, 1, 30), (2024, 10, 27, 1, 30)]:
    for fold in (0, 1):
        d = datetime(*args, fold=fold)
        print(d, fold, d.timestamp(), repr(d.astimezone()), d.astimezone().tzname(), d.timetuple().tm_isdst)
print(datetime(1900, 1, 1).astimezone(), datetime(2100, 7, 1).astimezone().tzname())
print((datetime(2024, 10, 27, 1, 30, fold=1) - datetime(2024, 10, 27, 1, 30)) == timedelta(0))
