# Summer time in Europe: localtime around the changes, mktime with each
# tm_isdst, strftime of the zone.
# env: TZ=Europe/Berlin
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in [1616893199, 1616893200, 1635641999, 1635642000, 1635645600]:
    lt = time.localtime(t)
    print(t, lt, lt.tm_zone, lt.tm_gmtoff, time.strftime("%H:%M %Z %z", lt), time.mktime(lt) == t)
for isdst in (-1, 0, 1):
    print(isdst, time.mktime((2021, 10, 31, 2, 30, 0, 0, 1, isdst)), time.mktime((2021, 7, 1, 12, 0, 0, 0, 1, isdst)))
print(time.mktime((2021, 3, 28, 2, 30, 0, 0, 1, -1)))
