# Every zone on TZPATH at a few instants: offset, DST and name after fromutc,
# and the same wall times read back with fold 0 and 1.
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, available_timezones

instants = [datetime(1900, 6, 1, tzinfo=timezone.utc), datetime(1985, 1, 15, tzinfo=timezone.utc),
            datetime(2024, 1, 15, 12, tzinfo=timezone.utc), datetime(2024, 7, 15, 12, tzinfo=timezone.utc),
            datetime(2045, 4, 1, tzinfo=timezone.utc), datetime(2045, 10, 1, tzinfo=timezone.utc)]
for key in sorted(available_timezones()):
    zone = ZoneInfo(key)
    cells = []
    for u in instants:
        local = u.astimezone(zone)
        wall = local.replace(tzinfo=None)
        again = wall.replace(tzinfo=zone, fold=1 - local.fold)
        cells.append("%s %s %s %d/%s" % (local.strftime("%H:%M:%S"), local.tzname(), local.dst(),
                                          local.fold, again.utcoffset()))
    print(key, "; ".join(cells))
