# strptime(): %z and %Z, the offsets and the names of the zone.
# env: TZ=America/New_York
import time


def show(data, fmt):
    try:
        r = time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(data), repr(fmt), "! ValueError", e)


for z in ["+0130", "-0130", "+01:30", "+013015", "+01:30:15", "+013015.123", "-01:30:15.5", "+01:30:15.1234567",
          "Z", "z", "+0160", "+01:3000", "+0130:15", "+01", "0130", "+1", "UTC"]:
    show(z + " 2000", "%z %Y")
for name in ["EST", "edt", "gmt", "UTC", "Utc", "BST", "CET", ""]:
    show(name + " 2000", "%Z %Y")
show("+0130 UTC 2000", "%z %Z %Y")
show("EST -0500 2000", "%Z %z %Y")
