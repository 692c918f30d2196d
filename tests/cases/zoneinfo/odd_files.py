# Made-up files at the edges: offsets of a day or more (refused only when
# used), no types, a lone DST type, fixed zones answering for None, and
# from_file's repr, str and pickling refusal.
# lib: tzifmake
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
from tzifmake import stream, t

big = ZoneInfo.from_file(stream([(0, 0)], [(90000, 0, "BIG")], ""))
t(lambda: datetime(2000, 1, 1, tzinfo=big).utcoffset())
t(lambda: datetime(2000, 1, 1, tzinfo=big).tzname())
t(lambda: datetime(2000, 1, 1, tzinfo=timezone.utc).astimezone(big))
t(lambda: ZoneInfo.from_file(stream([(0, 0)], [(90000, 0, "BIG")], "BIG-25")))
t(lambda: ZoneInfo.from_file(stream([], [], "")))
t(lambda: ZoneInfo.from_file(stream([(0, 0)], [(0, 1, "DST")], "")).utcoffset(None))
lone = ZoneInfo.from_file(stream([(0, 0)], [(3600, 1, "DST")], ""), key="lone")
print(repr(lone), str(lone), lone.key)
for when in (datetime(1960, 1, 1), datetime(1990, 1, 1)):
    local = when.replace(tzinfo=lone)
    print(local.utcoffset(), local.dst(), local.tzname())
fixed = ZoneInfo.from_file(stream([], [(-12600, 0, "NST")], "NST3:30"))
print(fixed.utcoffset(None), fixed.dst(None), fixed.tzname(None), str(fixed) == repr(fixed))
print(repr(fixed).startswith("zoneinfo.ZoneInfo.from_file(<_io.BytesIO object"))
v1 = ZoneInfo.from_file(stream([(0, 1), (100000000, 0)], [(3600, 0, "AAA"), (7200, 1, "BBB")], version=1))
for when in (datetime(1960, 1, 1), datetime(1972, 1, 1), datetime(2100, 1, 1)):
    local = when.replace(tzinfo=v1)
    print(local.utcoffset(), local.dst(), local.tzname(), v1.utcoffset(None))
for zone in (big, fixed, v1):
    try:
        zone.__reduce__()
    except Exception as e:
        print(type(e).__name__ in ("PicklingError", "ModuleNotFoundError"))
t(lambda: ZoneInfo.from_file(3))
t(lambda: ZoneInfo.from_file())
t(lambda: ZoneInfo.from_file(stream([], [], ""), "k", 3))
t(lambda: ZoneInfo.from_file(stream([], [], ""), other=1))
t(lambda: ZoneInfo.from_file(stream([(0, 0)], [(0, 0, "Z")], "Z0"), key="k").key)
t(lambda: ZoneInfo._unpickle("UTC", "x"))
t(lambda: ZoneInfo._unpickle("UTC"))
t(lambda: ZoneInfo._unpickle("UTC", 1, 2))
