# The key cache: the same object while one lives (weak cache), the 8 most
# recently asked keys kept alive (strong cache), clear_cache, no_cache.
import gc
import weakref
from zoneinfo import ZoneInfo

keys = ["Europe/Paris", "Asia/Tokyo", "America/New_York", "Europe/London", "Europe/Berlin",
        "Asia/Kolkata", "Africa/Cairo", "Australia/Sydney", "America/Chicago", "Europe/Rome"]


def alive(refs):
    gc.collect()
    return [k for k, r in refs.items() if r() is not None]


ZoneInfo.clear_cache()
refs = {k: weakref.ref(ZoneInfo(k)) for k in keys}
# only the last 8 asked stay alive
print(alive(refs))
refs = {k: weakref.ref(ZoneInfo(k)) for k in keys[:8]}
ZoneInfo(keys[0])              # moves to the front again
for k in keys[8:]:
    ZoneInfo(k)
print(alive(refs))
# a live zone comes back even when out of the strong cache
held = ZoneInfo("America/Denver")
for k in keys:
    ZoneInfo(k)
print(held is ZoneInfo("America/Denver"))
# no_cache gives a new zone, and does not touch the caches
fresh = ZoneInfo.no_cache("Europe/Paris")
print(fresh is ZoneInfo("Europe/Paris"), fresh == ZoneInfo("Europe/Paris"), fresh.key)
print(ZoneInfo.no_cache(key="Asia/Tokyo").key)
# clear_cache(only_keys=...) forgets those keys only
paris, tokyo = ZoneInfo("Europe/Paris"), ZoneInfo("Asia/Tokyo")
ZoneInfo.clear_cache(only_keys=["Europe/Paris", "No/Such"])
print(ZoneInfo("Europe/Paris") is paris, ZoneInfo("Asia/Tokyo") is tokyo)
ZoneInfo.clear_cache(only_keys=iter(["Asia/Tokyo"]))
print(ZoneInfo("Asia/Tokyo") is tokyo)
ZoneInfo.clear_cache(only_keys=())
ZoneInfo.clear_cache(only_keys=None)
print(ZoneInfo("Asia/Tokyo") is tokyo)
# after clear_cache() dropped zones die with their last reference
r = weakref.ref(ZoneInfo("Europe/Rome"))
ZoneInfo.clear_cache()
print(alive({"rome": r}))
# the keyword form, and the errors of the one argument
print(ZoneInfo(key="UTC") is ZoneInfo("UTC"))
for call in (lambda: ZoneInfo(), lambda: ZoneInfo("UTC", "UTC"), lambda: ZoneInfo(key="UTC", other=1),
             lambda: ZoneInfo(other=1), lambda: ZoneInfo("UTC", key="UTC"), lambda: ZoneInfo([1]),
             lambda: ZoneInfo(3), lambda: ZoneInfo("No/Such_Zone"), lambda: ZoneInfo("../etc/x"),
             lambda: ZoneInfo.no_cache(), lambda: ZoneInfo.no_cache("UTC", "x"),
             lambda: ZoneInfo.clear_cache("x"), lambda: ZoneInfo.clear_cache(only_keys=3),
             lambda: ZoneInfo.clear_cache(only_keys=[[1]]), lambda: ZoneInfo.clear_cache(other=1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
