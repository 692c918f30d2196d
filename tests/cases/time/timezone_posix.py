# A POSIX TZ string and a zone without daylight saving time.
# env: TZ=EST+05EDT,M3.2.0,M11.1.0
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.localtime(1700000000), time.localtime(1690000000).tm_zone)
print(time.strftime("%c %Z", time.localtime(1690000000)))
