# zoneinfo: utcoffset/dst/tzname of aware datetimes and astimezone (fromutc)
# across several zones, in the table and past it (the TZ-string rule).
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


N = 12000


def main():
    zones = [ZoneInfo(k) for k in ("America/New_York", "Europe/Paris", "Australia/Sydney",
                                   "Asia/Tokyo", "America/Sao_Paulo")]
    total = 0
    start = datetime(1990, 1, 1, tzinfo=timezone.utc)
    step = timedelta(days=5, hours=7, minutes=13)
    u = start
    for i in range(N):
        u = u + step
        zone = zones[i % 5]
        local = u.astimezone(zone)
        total += local.hour + local.fold
        total += local.utcoffset() // timedelta(minutes=1)
        wall = local.replace(fold=i & 1)
        total += wall.dst() // timedelta(minutes=1) + len(wall.tzname())
        back = local.astimezone(timezone.utc)
        total += back == u
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
