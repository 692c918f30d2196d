# %Z knows the local zone's names; %p, %a and %b in other cases.
# env: TZ=Asia/Tokyo
import time


def show(data, fmt):
    try:
        r = time.strptime(data, fmt)
        print(repr(data), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(data), "! ValueError", e)


print(time.tzname, time.daylight)
for z in ["JST", "jst", "UTC", "gmt", "EST", "JDT"]:
    show(z + " 2020", "%Z %Y")
show("pM 11 2020", "%p %I %Y")
show("tHuRsDaY 2020 5 4", "%A %Y %U %w")
show("DEC 31 1999", "%b %d %Y")
show("2020-02-30T00:00", "%Y-%m-%dT%H:%M")
