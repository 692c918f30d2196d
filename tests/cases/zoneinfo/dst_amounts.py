# dst() where TZif files only flag DST: double summer time, negative DST,
# DST changes of other sizes, and DST types that are never preceded by standard time.
# lib: tzifmake
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from tzifmake import stream

for key in ["Europe/London", "Europe/Dublin", "Europe/Moscow", "Europe/Berlin", "Asia/Tehran",
            "America/Sao_Paulo", "Africa/Casablanca", "Australia/Lord_Howe", "Antarctica/Troll",
            "America/Argentina/San_Luis", "Asia/Shanghai", "Europe/Kyiv", "America/Anchorage"]:
    zone = ZoneInfo(key)
    seen = []
    for year in range(1910, 2030):
        for month in (1, 4, 7, 10):
            dt = datetime(year, month, 15, 12, tzinfo=zone)
            cell = "%s/%s/%s" % (dt.utcoffset(), dt.dst(), dt.tzname())
            if not seen or seen[-1][1] != cell:
                seen.append(("%d-%d" % (year, month), cell))
    print(key, seen)

H = 3600
made = [
    ("dst first", [(0, 1), (100 * 86400, 0), (200 * 86400, 1)], [(0, 0, "STD"), (H, 1, "DST")]),
    ("dst after dst", [(0, 1), (50 * 86400, 2), (100 * 86400, 0)], [(0, 0, "STD"), (H, 1, "D1"), (2 * H, 1, "D2")]),
    ("dst same offset", [(0, 1), (100 * 86400, 0)], [(0, 0, "STD"), (0, 1, "ZERO")]),
    ("only dst", [(0, 0), (100 * 86400, 1)], [(H, 1, "D1"), (2 * H, 1, "D2")]),
    ("std first type dst", [(0, 1), (100 * 86400, 0)], [(H, 1, "DST"), (0, 0, "STD")]),
    ("no transitions dst", [], [(H, 1, "DST")]),
    ("negative", [(0, 1), (100 * 86400, 0)], [(H, 0, "IST"), (0, 1, "GMT")]),
    ("negative later", [(0, 0), (50 * 86400, 1), (100 * 86400, 2)], [(2 * H, 0, "IST"), (0, 1, "GMT"), (-H, 0, "S2")]),
    ("first only", [(0, 1), (100 * 86400, 0)], [(0, 0, "STD"), (2 * H, 1, "DST"), (5 * H, 0, "O")]),
    ("zero then known", [(0, 0), (50 * 86400, 1), (100 * 86400, 0), (150 * 86400, 2), (200 * 86400, 1)],
     [(0, 0, "A"), (0, 1, "D"), (-2 * H, 0, "B")]),
    ("next std", [(0, 0), (50 * 86400, 1), (100 * 86400, 2), (150 * 86400, 0)],
     [(0, 0, "A"), (H, 1, "D1"), (3 * H, 1, "D2"), (-H, 0, "B")]),
    ("next std of last", [(0, 0), (50 * 86400, 2), (100 * 86400, 1)],
     [(0, 0, "A"), (-H, 0, "B"), (3 * H, 1, "D")]),
]
for name, trans, types in made:
    for version in (1, 2):
        zone = ZoneInfo.from_file(stream(trans, types, "" if version > 1 else None, version))
        out = []
        for days in (-10, 10, 60, 120, 160, 220):
            dt = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(days=days)
            local = dt.astimezone(zone)
            out.append("%s %s %s" % (local.utcoffset(), local.dst(), local.tzname()))
        print(name, version, out)
