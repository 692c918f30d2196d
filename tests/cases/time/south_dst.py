# New Zealand: summer time across the new year.
# env: TZ=Pacific/Auckland
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in [0, 1000000000, 1577836800, 1593561600]:
    lt = time.localtime(t)
    print(lt, lt.tm_zone, lt.tm_gmtoff, time.ctime(t))
print(time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2020, 7, 1, 0, 0, 0, 0, 1, -1)))
print(time.strptime("NZDT 2020", "%Z %Y").tm_isdst, time.strptime("NZST 2020", "%Z %Y").tm_isdst)
