# Seeded sweep: random instants 1850-2150 in many zones, fromutc and back.
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

rng = random.Random(2026)
keys = sorted(available_timezones())
chosen = rng.sample(keys, 40)
base = datetime(1850, 1, 1, tzinfo=timezone.utc)
for key in chosen:
    zone = ZoneInfo(key)
    out = []
    for _ in range(25):
        u = base + timedelta(seconds=rng.randrange(300 * 365 * 86400))
        local = u.astimezone(zone)
        back = local.astimezone(timezone.utc)
        out.append("%s %s %d %s %s" % (local.isoformat(), local.tzname(), local.fold, local.dst(), back == u))
        naive = local.replace(tzinfo=None, fold=rng.randrange(2)).replace(tzinfo=zone)
        out.append("%s %s %s" % (naive.utcoffset(), naive.dst(), naive.tzname()))
    print(key, " | ".join(out))
