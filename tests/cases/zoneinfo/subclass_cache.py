# Subclasses: their own _weak_cache (no strong cache, as CPython's C type),
# clear_cache and no_cache on them, pickling by class, overriding lookups,
# keywords to __init_subclass__, fromutc on datetime subclasses.
import gc
import weakref
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


class Mine(ZoneInfo):
    pass


class Keyed(ZoneInfo, flavour="x"):
    def utcoffset(self, dt):
        return super().utcoffset(dt) + timedelta(minutes=1)


print(type(Mine._weak_cache).__name__, Mine._weak_cache is not Keyed._weak_cache, "_weak_cache" in vars(Mine))
m = Mine("Europe/Paris")
print(type(m).__name__, repr(m), m is Mine("Europe/Paris"), m is ZoneInfo("Europe/Paris"))
print(list(Mine._weak_cache.keys()), m.__reduce__()[1], m.__reduce__()[0].__self__ is Mine)
r = weakref.ref(m)
del m
gc.collect()
print(r() is None)
a = Mine("Asia/Tokyo")
Mine.clear_cache(only_keys=["Asia/Tokyo"])
print(a is Mine("Asia/Tokyo"), Mine.no_cache("Asia/Tokyo") is a, type(Mine.no_cache("UTC")).__name__)
b = Mine("Asia/Tokyo")
Mine.clear_cache()
print(b is Mine("Asia/Tokyo"), len(Mine._weak_cache))
func, args = Mine.no_cache("UTC").__reduce__()
print(args, type(func(*args)).__name__)
k = Keyed("America/New_York")
when = datetime(2024, 7, 1, 12, tzinfo=k)
print(when.utcoffset(), when.tzname(), when.dst(), when.astimezone(timezone.utc))


class Swapped(ZoneInfo):
    _weak_cache = {}


Swapped.__init_subclass__()
print(type(Swapped._weak_cache).__name__)


class Stamp(datetime):
    pass


z = ZoneInfo("America/New_York")
for hours in (5, 6, 7):
    u = Stamp(2024, 11, 3, hours, 30, tzinfo=z)
    local = z.fromutc(u)
    print(type(local).__name__, local.isoformat(), local.fold)
