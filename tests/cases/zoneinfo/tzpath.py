# TZPATH and reset_tzpath: defaults, errors, an empty path, relative paths.
import zoneinfo
from zoneinfo import ZoneInfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(zoneinfo.TZPATH)
t(lambda: zoneinfo.reset_tzpath(["relative", "/abs", "also/rel"]))
t(lambda: zoneinfo.reset_tzpath("/usr/share/zoneinfo"))
t(lambda: zoneinfo.reset_tzpath(b"/usr/share/zoneinfo"))
t(lambda: zoneinfo.TZPATH)
t(lambda: zoneinfo.reset_tzpath(to=["/nonexistent", "/also/not"]))
t(lambda: zoneinfo.TZPATH)
t(lambda: ZoneInfo("Asia/Tokyo"))
t(lambda: ZoneInfo.no_cache("Asia/Tokyo"))
t(lambda: zoneinfo.available_timezones())
t(lambda: zoneinfo.reset_tzpath(("/usr/share/zoneinfo",)))
t(lambda: zoneinfo.TZPATH)
t(lambda: ZoneInfo("Asia/Tokyo"))
t(lambda: zoneinfo.reset_tzpath([]))
t(lambda: zoneinfo.TZPATH)
t(lambda: ZoneInfo.no_cache("Asia/Tokyo"))
t(lambda: ZoneInfo("Asia/Tokyo"))
t(lambda: zoneinfo.reset_tzpath())
t(lambda: zoneinfo.TZPATH)
t(lambda: ZoneInfo.no_cache("Asia/Tokyo"))
t(lambda: zoneinfo.reset_tzpath(to=None))
t(lambda: zoneinfo.TZPATH)
