# email.utils dates: formatdate, format_datetime, parsedate*, mktime_tz.
# env: TZ=America/New_York
import datetime
from email import utils

for ts in (0, 1700000000, 1700000000.75, 951782400, -86400 * 365):
    print(utils.formatdate(ts), "|", utils.formatdate(ts, usegmt=True), "|",
          utils.formatdate(ts, localtime=True), "|",
          utils.formatdate(ts, localtime=True, usegmt=True))

utc = datetime.timezone.utc
dt = datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=utc)
print(utils.format_datetime(dt), utils.format_datetime(dt, usegmt=True))
print(utils.format_datetime(dt.replace(tzinfo=None)))
east = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
print(utils.format_datetime(dt.astimezone(east)))
for bad in (dt.replace(tzinfo=None), dt.astimezone(east)):
    try:
        utils.format_datetime(bad, usegmt=True)
    except ValueError as e:
        print("ValueError", e)

SAMPLES = [
    "Mon, 20 Nov 2023 22:13:20 -0000",
    "Mon, 20 Nov 2023 22:13:20 +0000",
    "Mon, 20 Nov 2023 22:13:20 +0530",
    "Mon, 20 Nov 2023 22:13:20 -0800",
    "Mon, 20 Nov 2023 22:13:20 EST",
    "Mon, 20 Nov 2023 22:13:20 GMT",
    "Mon, 20 Nov 2023 22:13:20 XYZ",
    "20 Nov 2023 22:13:20",
    "20 Nov 2023 22:13",
    "Monday, 20-Nov-23 22:13:20 GMT",
    "Nov 20 2023 22:13:20 +0100",
    "20 November 23 22.13.20 +0100",
    "20 Nov 69 1:2:3",
    "20 Nov 68 1:2:3",
    "Mon,20 Nov 2023 22:13:20 +0200",
    "Mon, 20 Nov 2023 22:13:20+0200",
    "Tue, 32 Foo 2023 00:00:00",
    "garbage",
    "",
    "   ",
    "20 Nov 2023 aa:bb:cc",
    "20 Nov , 22:13:20 +0000",
    "2023 Nov 20 22:13:20",
    "Thu, 01 Jan 1970 00:00:00 +0000",
]
for s in SAMPLES:
    print(repr(s), utils.parsedate(s), utils.parsedate_tz(s))
    try:
        print("  ", repr(utils.parsedate_to_datetime(s)))
    except (ValueError, TypeError) as e:
        print("  ", type(e).__name__, e)
    t = utils.parsedate_tz(s)
    if t is not None:
        print("  ", utils.mktime_tz(t))

print(utils.parsedate(None), utils.parsedate_tz(None))
print(utils.parsedate_to_datetime("Sat, 01 Jan 2000 00:00:00 -0000").tzinfo)
print(utils.localtime(datetime.datetime(2024, 7, 1, 12, 0)))
print(utils.localtime(datetime.datetime(2024, 1, 1, 12, 0, tzinfo=utc)))
print(utils.mktime_tz((2024, 1, 1, 0, 0, 0, 0, 1, -1, None)))
