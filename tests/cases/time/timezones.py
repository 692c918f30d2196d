# The time zone attributes for several TZ settings, set before start-up.
# env: TZ=America/New_York
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in (0, 10**9, 1234567890, 1700000000, -10**9):
    lt = time.localtime(t)
    print(lt, lt.tm_zone, lt.tm_gmtoff)
    print(time.mktime(lt) == t, time.ctime(t), time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt))
print(time.mktime((2000, 7, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2000, 7, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 1)), time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1)))
# the gap and the overlap of the changes of 2021
print(time.mktime((2021, 3, 14, 2, 30, 0, 0, 1, -1)), time.mktime((2021, 11, 7, 1, 30, 0, 0, 1, -1)))
print(time.strftime("%Z %z", (2000, 1, 1, 0, 0, 0, 0, 1, 1)), time.strftime("[%Z]", (2000, 1, 1, 0, 0, 0, 0, 1, -1)))
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
