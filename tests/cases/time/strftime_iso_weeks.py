# ISO weeks and week numbers at the ends of years.
# env: TZ=UTC
import time

for y in range(1998, 2012):
    for md in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        t = time.mktime((y, md[0], md[1], 12, 0, 0, 0, 1, 0))
        g = time.gmtime(t)
        print(y, md, time.strftime("%G %V %u %U %W %w %j %a", g))
