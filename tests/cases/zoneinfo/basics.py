# ZoneInfo keys: repr/str/key, the cache, no_cache, clear_cache, key errors.
import zoneinfo
from zoneinfo import ZoneInfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ny = ZoneInfo("America/New_York")
print(repr(ny), str(ny), ny.key, type(ny).__name__, type(ny).__module__)
print(ZoneInfo("America/New_York") is ny, ZoneInfo(key="America/New_York") is ny)
fresh = ZoneInfo.no_cache("America/New_York")
print(fresh is ny, fresh == ny, repr(fresh), fresh.key)
print(ZoneInfo.no_cache("UTC") is ZoneInfo.no_cache("UTC"))
ZoneInfo.clear_cache(only_keys=["America/New_York"])
print(ZoneInfo("America/New_York") is ny)
ny2 = ZoneInfo("America/New_York")
print(ZoneInfo("America/New_York") is ny2)
ZoneInfo.clear_cache()
print(ZoneInfo("America/New_York") is ny2)
t(lambda: ZoneInfo.clear_cache(["UTC"]))
t(lambda: ZoneInfo.clear_cache(only_keys=["Not/AKey"]))
t(lambda: ZoneInfo.clear_cache(only_keys=[]))
for key in ["", "Nowhere/Zone", "/etc/passwd", "../x", "..", ".", "America/../UTC",
            "America//New_York", "UTC/", "./UTC", "America/New_York ", "America",
            "zone.tab", "tzdata.zi", "iso3166.tab", "posixrules", "Factory", "utc",
            "posix/UTC", "right/UTC", "Etc/GMT+5", "Etc/GMT-14", "GMT0", "a\x00b", 5, None, b"UTC"]:
    t(lambda: ZoneInfo(key))
t(lambda: ZoneInfo(["UTC"]))
t(lambda: ZoneInfo())
t(lambda: ZoneInfo("UTC", "x"))
t(lambda: ZoneInfo("UTC", key="x"))
t(lambda: ZoneInfo(zone="UTC"))
t(lambda: ZoneInfo.no_cache())
t(lambda: ZoneInfo.no_cache(key="UTC"))
t(lambda: ZoneInfo.no_cache("UTC", "UTC"))
t(lambda: ZoneInfo.from_file())
t(lambda: ZoneInfo.clear_cache(1))
t(lambda: ZoneInfo.clear_cache(keys=[]))
e = zoneinfo.ZoneInfoNotFoundError("x y")
print(repr(e), str(e), isinstance(e, KeyError), type(e).__module__)
print(zoneinfo.InvalidTZPathWarning.__mro__[1].__name__, zoneinfo.InvalidTZPathWarning.__module__)
try:
    ZoneInfo("No/Such")
except KeyError as e:
    print("KeyError", e.args)
print(sorted(zoneinfo.__all__))
print("TZPATH" in dir(zoneinfo), "ZoneInfo" in dir(zoneinfo))
t(lambda: zoneinfo.nothing)
