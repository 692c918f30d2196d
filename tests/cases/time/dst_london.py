# A zone whose standard time is UTC: names and offsets.
# env: TZ=Europe/London
import time

print(time.timezone, time.altzone, time.daylight, time.tzname)
for t in [0, 15000000, 1000000000, 1700000000]:
    lt = time.localtime(t)
    print(lt.tm_isdst, lt.tm_zone, lt.tm_gmtoff, time.ctime(t), time.asctime(lt))
print(time.strptime("BST 2000", "%Z %Y").tm_isdst, time.strptime("GMT 2000", "%Z %Y").tm_isdst)
print(time.strptime("UTC 2000", "%Z %Y").tm_isdst)
