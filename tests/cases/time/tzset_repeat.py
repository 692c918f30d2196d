# tzset() again leaves the zone as it was; a zone whose rules changed.
# env: TZ=America/Sao_Paulo
import time

before = (time.timezone, time.altzone, time.daylight, time.tzname)
print(before)
print(time.tzset(), time.tzset())
print((time.timezone, time.altzone, time.daylight, time.tzname) == before)
for t in [0, 1000000000, 1500000000, 1700000000]:
    lt = time.localtime(t)
    print(lt.tm_isdst, lt.tm_zone, lt.tm_gmtoff, time.strftime("%c %z", lt))
