# A zone with a half-hour offset and no daylight saving time.
# env: TZ=Asia/Kolkata
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
lt = time.localtime(1000000000)
print(lt, lt.tm_zone, lt.tm_gmtoff, time.strftime("%z %Z", lt))
print(time.mktime(lt), time.mktime((2001, 9, 9, 7, 16, 40, 6, 252, 0)))
