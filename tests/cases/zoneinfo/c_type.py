# ZoneInfo as CPython's C type shows it: names, signatures, docs, the key
# member, None arguments, arguments that are not datetimes.
import datetime
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

print(ZoneInfo, ZoneInfo.__name__, ZoneInfo.__qualname__, ZoneInfo.__module__)
print([c.__name__ for c in ZoneInfo.__mro__], ZoneInfo.__doc__)
for name in ("utcoffset", "dst", "tzname", "fromutc", "no_cache", "clear_cache", "from_file",
             "_unpickle", "__reduce__"):
    f = getattr(ZoneInfo, name)
    print(name, f.__text_signature__, f.__doc__)
print(ZoneInfo.key.__class__.__name__, ZoneInfo.__init_subclass__.__doc__)
z = ZoneInfo("Europe/Paris")
for attempt in (lambda: setattr(z, "key", "x"), lambda: setattr(z, "other", 1), lambda: delattr(z, "key")):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e)
print(hasattr(z, "__dict__"), z.key, str(z), repr(z))
# None: answers only for a zone of one fixed offset
for key in ("UTC", "Etc/GMT+5", "Etc/GMT-14", "EST", "Asia/Tokyo", "Europe/Paris", "Factory"):
    zone = ZoneInfo(key)
    print(key, zone.utcoffset(None), zone.dst(None), zone.tzname(None))
# a date, a time and other objects are read through toordinal()/hour/...


class Duck:
    def __init__(self, ordinal, hour):
        self.ordinal, self.hour, self.minute, self.second = ordinal, hour, 30, 0

    def toordinal(self):
        return self.ordinal


july = datetime.date(2024, 7, 1).toordinal()
print(z.utcoffset(Duck(july, 12)), z.tzname(Duck(july - 180, 12)), z.dst(Duck(july, 1)))


class Stamp(datetime.datetime):
    @property
    def hour(self):
        return 23


print(z.tzname(Stamp(2024, 3, 31, 1)), z.tzname(datetime.datetime(2024, 3, 31, 1)))
for bad in (3, "x", datetime.date(2024, 1, 1), datetime.time(1), timedelta(1)):
    for method in (z.utcoffset, z.dst, z.tzname, z.fromutc):
        try:
            print(method(bad))
        except Exception as e:
            print(method.__name__, type(e).__name__, e)
for call in (lambda: z.utcoffset(), lambda: z.utcoffset(None, None), lambda: z.fromutc(),
             lambda: z.fromutc(datetime.datetime(2024, 1, 1)),
             lambda: z.fromutc(datetime.datetime(2024, 1, 1, tzinfo=timezone.utc)),
             lambda: z.fromutc(datetime.datetime(2024, 1, 1, tzinfo=ZoneInfo("Asia/Tokyo")))):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(z.fromutc(datetime.datetime(2024, 1, 1, tzinfo=z)))
