# ZoneInfo.from_file on real and hand-built TZif data (v1, v2, v3 footers).
# lib: tzifmake
import io
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from tzifmake import stream, t, tzif

with open("/usr/share/zoneinfo/Europe/Paris", "rb") as f:
    data = f.read()
anon = ZoneInfo.from_file(io.BytesIO(data))
print(anon.key, repr(anon).startswith("ZoneInfo.from_file(<_io.BytesIO object at "), str(anon) == repr(anon))
named = ZoneInfo.from_file(io.BytesIO(data), key="Paris")
print(repr(named), str(named), named.key, named is ZoneInfo.from_file(io.BytesIO(data), key="Paris"))
print(datetime(2024, 7, 1, tzinfo=named).tzname(), datetime(2024, 7, 1, tzinfo=named).utcoffset())
t(lambda: ZoneInfo.from_file(io.BytesIO(data), "Paris"))
t(lambda: ZoneInfo.from_file(fobj=io.BytesIO(data)))
for bad in [b"", b"junk", b"TZif2" + bytes(100), b"tzif2" + bytes(60)]:
    t(lambda: ZoneInfo.from_file(io.BytesIO(bad)))
t(lambda: ZoneInfo.from_file(None))

types = [(-18000, 0, "EST"), (-14400, 1, "EDT"), (3600, 0, "ONE")]
trans = [(0, 1), (86400 * 100, 0), (86400 * 200, 2)]
for version, footer in [(1, None), (2, ""), (2, "ONE-1"), (3, "<+0330>-3:30"),
                        (2, "EST5EDT,M3.2.0,M11.1.0"), (3, "EST5EDT,M3.2.0/-1,M11.1.0/26"),
                        (2, "AAA3BBB,J60,J300/1:30"), (2, "AAA3BBB,59,300"),
                        (2, "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1"), (3, "XXX-10YYY-11:30,M10.1.0,M4.1.0/3"),
                        (2, "AAA-1BBB-3:15:30,M3.5.0/1,M10.5.0/167")]:
    zone = ZoneInfo.from_file(stream(trans, types, footer, version), key="made")
    print("== v%d %r" % (version, footer))
    for when in [datetime(1960, 1, 1), datetime(1970, 1, 1, 1), datetime(1970, 6, 1),
                 datetime(1971, 1, 1), datetime(2001, 1, 1), datetime(2001, 3, 1, 1),
                 datetime(2001, 3, 11, 2, 30), datetime(2001, 3, 25, 0, 30), datetime(2001, 7, 1),
                 datetime(2001, 10, 28, 0, 30), datetime(2001, 11, 4, 1, 30), datetime(2001, 12, 31, 23)]:
        for fold in (0, 1):
            dt = when.replace(tzinfo=zone, fold=fold)
            print(" ", dt.isoformat(), dt.utcoffset(), dt.dst(), dt.tzname())
    u = datetime(2001, 1, 1, tzinfo=timezone.utc)
    last = None
    for h in range(0, 365 * 24, 1):
        local = (u + timedelta(hours=h)).astimezone(zone)
        state = (local.utcoffset(), local.fold, local.tzname())
        if state != last:
            print("  utc", (u + timedelta(hours=h)).isoformat(), local.isoformat(), local.fold, local.tzname())
            last = state

for footer in ["AAA5BBB", "AA5", "AAA", "AAA5BBB,M3", "<AAA5", "AAA25", "AAA5BBB,M13.1.0,M1.1.0",
               "AAA5BBB,J0,J365", "AAA5BBB,M3.2.0/200,M11.1.0", "AAA5BBB,M3.2.0,M11.1.0x", "AAA+5",
               "AAA-5:30:15", "<+05>-5", "AAA5BBB4,M3.2.0,M11.1.0", "AAA5BBB,0,365", "AAA5BBB,366,1",
               "AAA5BBB,M3.6.0,M11.1.0", "AAA5BBB,M3.2.7,M11.1.0", "AAA5BBB,M3.2.0/24:60,M11.1.0",
               "AAA5BBB,M3.2.0/-167,M11.1.0/167", "AAA5:60", "AAA5BBB,J60/-5,J61", "A1B2C",
               "AAA5BBB,M3.2.0/1:2:3:4,M11.1.0", "5", "<>5", "AAA5<BBB", "AAA5BBB,M3.2.0M11.1.0",
               "AAA5BBB,,M11.1.0", "AAA123", "AAA5BBB,M3.2.0/,M11.1.0", "AAA5BBB,M3..0,M11.1.0"]:
    t(lambda: ZoneInfo.from_file(stream([], [(0, 0, "UTC")], footer)).key)
