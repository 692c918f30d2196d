# No TZ: UTC.
# env: TZ=
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.localtime(0), time.gmtime(0).tm_zone, time.localtime(0).tm_zone)
