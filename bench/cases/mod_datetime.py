# datetime: timedelta and datetime arithmetic, comparisons, isoformat and strftime in a loop.
import time
from datetime import datetime, timedelta, timezone


N = 30000


def main():
    total = 0
    start = datetime(2000, 1, 1, 0, 0, 0, tzinfo=timezone.utc)
    step = timedelta(hours=7, minutes=13, seconds=5, microseconds=250)
    d = start
    for i in range(N):
        d = d + step
        span = d - start
        total += span.days + span.seconds % 97 + d.microsecond
        total += (span // timedelta(minutes=1)) % 1000
        if d > start and d.weekday() < 5:
            total += 1
        total += len(d.isoformat())
        if i % 4 == 0:
            total += len(d.strftime("%Y-%m-%d %H:%M:%S %a %j"))
        total += hash(d.date()) % 7 + d.toordinal() % 11
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
