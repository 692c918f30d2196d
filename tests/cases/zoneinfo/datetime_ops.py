# Aware datetimes in zones: astimezone, arithmetic, comparisons, strftime, isoformat.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ny, paris, tokyo = ZoneInfo("America/New_York"), ZoneInfo("Europe/Paris"), ZoneInfo("Asia/Tokyo")
dt = datetime(2024, 3, 9, 12, tzinfo=ny)
t(lambda: dt + timedelta(days=1))
t(lambda: (dt + timedelta(days=1)).utcoffset())
t(lambda: (dt + timedelta(days=1)) - dt)
t(lambda: dt.astimezone(paris))
t(lambda: dt.astimezone(tokyo).astimezone(ny) == dt)
t(lambda: dt.astimezone(timezone.utc))
t(lambda: datetime(2024, 11, 3, 1, 30, tzinfo=ny) == datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny))
t(lambda: datetime(2024, 11, 3, 1, 30, tzinfo=ny).astimezone(timezone.utc))
t(lambda: datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny).astimezone(timezone.utc))
t(lambda: datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny) - datetime(2024, 11, 3, 1, 30, tzinfo=ny))
t(lambda: datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny).astimezone(paris) - datetime(2024, 11, 3, 1, 30, tzinfo=ny))
t(lambda: datetime(2024, 3, 10, 2, 30, tzinfo=ny).astimezone(timezone.utc))
t(lambda: datetime(2024, 3, 10, 2, 30, fold=1, tzinfo=ny).astimezone(timezone.utc))
t(lambda: datetime(2024, 3, 10, 2, 30, tzinfo=ny).timestamp())
t(lambda: datetime.fromtimestamp(1710052200, ny))
t(lambda: datetime.fromtimestamp(1730611800, ny))
t(lambda: datetime.fromtimestamp(1730615400, ny))
t(lambda: datetime(2024, 7, 1, tzinfo=paris).strftime("%Y-%m-%d %H:%M %Z %z"))
t(lambda: datetime(2024, 7, 1, tzinfo=paris).isoformat())
t(lambda: datetime(1900, 1, 1, tzinfo=paris).isoformat())
t(lambda: str(datetime(1800, 1, 1, tzinfo=ny)))
t(lambda: datetime(2024, 7, 1, tzinfo=paris).timetz())
t(lambda: datetime(2024, 7, 1, tzinfo=paris).timetuple().tm_isdst)
t(lambda: datetime(2024, 1, 1, tzinfo=paris).timetuple().tm_isdst)
t(lambda: datetime(2024, 7, 1, tzinfo=paris).utctimetuple()[:6])
t(lambda: sorted([datetime(2024, 7, 1, 8, tzinfo=paris), datetime(2024, 7, 1, 1, tzinfo=ny),
                  datetime(2024, 7, 1, 14, tzinfo=tokyo)]))
t(lambda: ny.utcoffset(None))
t(lambda: ny.dst(None))
t(lambda: ny.tzname(None))
t(lambda: ny.fromutc(datetime(2024, 1, 1)))
t(lambda: ny.fromutc(datetime(2024, 1, 1, tzinfo=paris)))
t(lambda: ny.fromutc("2024"))
t(lambda: ny.fromutc(datetime(2024, 1, 1, tzinfo=ny)))
t(lambda: ny.fromutc(datetime(2024, 11, 3, 5, 30, tzinfo=ny)))
t(lambda: ny.fromutc(datetime(2024, 11, 3, 6, 30, tzinfo=ny)))
t(lambda: ny.fromutc(datetime(2024, 11, 3, 6, 30, tzinfo=ny)).fold)
t(lambda: datetime.now(ny).tzinfo is ny)
t(lambda: datetime(2024, 1, 1, tzinfo=ny).replace(tzinfo=None))
t(lambda: datetime.min.replace(tzinfo=tokyo).utcoffset())
t(lambda: datetime.max.replace(tzinfo=ny).utcoffset())
t(lambda: datetime.max.replace(tzinfo=ny).tzname())
