# Summer in January: the southern hemisphere's names come in CPython's order.
# env: TZ=Australia/Sydney
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in (0, 10**9, 1700000000):
    lt = time.localtime(t)
    print(lt, lt.tm_zone, lt.tm_gmtoff, time.asctime(lt))
print(time.mktime((2020, 1, 15, 12, 0, 0, 0, 1, -1)), time.mktime((2020, 7, 15, 12, 0, 0, 0, 1, -1)))
