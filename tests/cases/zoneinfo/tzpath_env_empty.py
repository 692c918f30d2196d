# An empty PYTHONTZPATH means an empty TZPATH.
# env: PYTHONTZPATH=
import zoneinfo
print(zoneinfo.TZPATH)
try:
    zoneinfo.ZoneInfo("UTC")
except Exception as e:
    print(type(e).__name__, e)
print(zoneinfo.available_timezones())
