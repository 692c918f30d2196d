# Far past and future, the edges of datetime's range, and TZ-string rules
# of every form (Mm.w.d, Jn, n, southern hemisphere, negative and large
# clock times) read past the table, from made-up files.
# lib: tzifmake
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from tzifmake import stream, t

for key in ("America/New_York", "Europe/Paris", "Australia/Sydney", "America/Sao_Paulo", "Asia/Tokyo"):
    zone = ZoneInfo(key)
    for when in (datetime(1, 1, 1), datetime(1, 1, 2, 12), datetime(1800, 6, 1), datetime(2037, 7, 1),
                 datetime(2100, 1, 15), datetime(2500, 7, 15), datetime(9999, 12, 31, 12),
                 datetime(9999, 12, 31, 23, 59, 59, 999999)):
        local = when.replace(tzinfo=zone)
        print(key, local.isoformat(), local.tzname(), local.utcoffset(), local.dst())
    for when in (datetime(1, 1, 2), datetime(2300, 3, 1), datetime(9999, 12, 30)):
        u = when.replace(tzinfo=timezone.utc)
        local = u.astimezone(zone)
        print("  from utc", u.isoformat(), local.isoformat(), local.fold, local.astimezone(timezone.utc) == u)
    t(lambda: datetime(1, 1, 1, tzinfo=timezone.utc).astimezone(zone))
    t(lambda: datetime(9999, 12, 31, 23, tzinfo=timezone.utc).astimezone(zone))

rules = ["EST5EDT,M3.2.0,M11.1.0", "AEST-10AEDT,M10.1.0,M4.1.0/3", "XXX3YYY,J60/2,J300/-1",
         "AAA-2BBB,59/0,300/26", "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "MMM0NNN,M1.5.6/167,M12.5.6/-167",
         "LLL1MMM-1,J1/0,J365/25", "PPP-1QQQ,0/0,365/0", "<+0330>-3:30<+0430>-4:30,J79/24,J263/24",
         "IST-1GMT0,M10.5.0,M3.5.0/1", "SSS0TTT,M3.2.0,M3.2.0", "UUU-5VVV-4,J100/3,J100/3"]
for rule in rules:
    zone = ZoneInfo.from_file(stream([(0, 0)], [(0, 0, "ZERO")], rule), key=rule)
    rows = []
    for year in (1970, 2000, 2023, 2024, 2100, 9999):
        for month in (1, 2, 3, 4, 6, 9, 10, 11, 12):
            for day in (1, 28):
                dt = datetime(year, month, day, 1, 30, tzinfo=zone)
                rows.append("%s/%s/%s" % (dt.tzname(), dt.utcoffset().total_seconds() // 60,
                                          dt.replace(fold=1).dst().total_seconds() // 60))
    print(rule, " ".join(rows))
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    last = None
    for hours in range(0, 366 * 24, 3):
        u = start + timedelta(hours=hours)
        local = u.astimezone(zone)
        state = (local.tzname(), local.fold)
        if state != last:
            print("  ", u.isoformat(), local.isoformat(), local.fold)
            last = state

# negative DST past the table of a real zone, both ways
dublin = ZoneInfo("Europe/Dublin")
for year in (2040, 2300):
    for month, day in ((3, 25), (10, 28)):
        for hours in range(0, 4):
            u = datetime(year, month, day, hours, 30, tzinfo=timezone.utc)
            local = u.astimezone(dublin)
            print(u.isoformat(), local.isoformat(), local.fold, local.tzname(), local.dst(),
                  local.replace(fold=1 - local.fold).utcoffset())
