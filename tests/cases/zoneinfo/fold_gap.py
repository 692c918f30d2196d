# Local times in gaps and folds with fold=0/1, and what fromutc sets.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

cases = [("America/New_York", (2024, 3, 10), (2024, 11, 3)),
         ("Europe/Paris", (2024, 3, 31), (2024, 10, 27)),
         ("Australia/Sydney", (2024, 10, 6), (2024, 4, 7)),
         ("Australia/Lord_Howe", (2024, 10, 6), (2024, 4, 7)),
         ("America/Santiago", (2024, 9, 7), (2024, 4, 6)),
         ("Pacific/Chatham", (2024, 9, 29), (2024, 4, 7)),
         ("Antarctica/Troll", (2024, 3, 31), (2024, 10, 27)),
         ("America/Havana", (2024, 3, 10), (2024, 11, 3)),
         ("Europe/London", (2050, 3, 27), (2050, 10, 30))]
for key, spring, autumn in cases:
    zone = ZoneInfo(key)
    print("==", key)
    for day in (spring, autumn):
        for minutes in range(-30, 24 * 60 + 30, 15):
            base = datetime(*day) + timedelta(minutes=minutes)
            a = base.replace(tzinfo=zone)
            b = a.replace(fold=1)
            if a.utcoffset() != b.utcoffset() or minutes % 240 == 0:
                print(" ", a.isoformat(), a.tzname(), b.utcoffset(), b.tzname(), a.dst(), b.dst())
    start = datetime(spring[0], 1, 1, tzinfo=timezone.utc)
    last = None
    for hours in range(0, 366 * 24, 1):
        u = start + timedelta(hours=hours)
        local = u.astimezone(zone)
        state = (local.utcoffset(), local.fold, local.tzname())
        if state != last:
            print(" ", u.isoformat(), "->", local.isoformat(), local.fold, local.tzname())
            last = state
