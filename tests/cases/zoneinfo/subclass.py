# ZoneInfo subclasses: their own cache, repr, and tzinfo behaviour.
from datetime import datetime, timezone
from zoneinfo import ZoneInfo


class Mine(ZoneInfo):
    pass


class Other(ZoneInfo):
    def tzname(self, dt):
        return "<" + super().tzname(dt) + ">"


m = Mine("Europe/Paris")
print(repr(m), str(m), m.key, m is Mine("Europe/Paris"), m is ZoneInfo("Europe/Paris"))
print(Mine.no_cache("Europe/Paris") is m, isinstance(m, ZoneInfo), type(Mine("UTC")).__name__)
func, args = m.__reduce__()
print(args, func(*args) is m)
o = Other("Europe/Paris")
dt = datetime(2024, 7, 1, 12, tzinfo=o)
print(dt.tzname(), dt.utcoffset(), dt.strftime("%Z %z"), dt.astimezone(timezone.utc))
Mine.clear_cache()
print(Mine("Europe/Paris") is m, ZoneInfo("Europe/Paris") is ZoneInfo("Europe/Paris"))
