# Zones without DST, LMT seconds offsets, times before the first transition,
# dst() of historical double summer time and negative DST.
from datetime import datetime
from zoneinfo import ZoneInfo

keys = ["UTC", "Etc/GMT+5", "Etc/GMT-14", "Etc/UTC", "GMT", "Factory", "Asia/Kolkata",
        "Asia/Kathmandu", "Asia/Tokyo", "Europe/Amsterdam", "Europe/London", "Europe/Dublin",
        "Africa/Casablanca", "Africa/Monrovia", "Asia/Singapore", "America/Caracas",
        "Pacific/Kwajalein", "Australia/Eucla", "America/Argentina/Buenos_Aires",
        "Europe/Moscow", "Asia/Dhaka", "Antarctica/Casey", "Asia/Pyongyang"]
years = [1, 1800, 1850, 1900, 1920, 1937, 1941, 1943, 1944, 1946, 1947, 1968, 1971, 1985,
         2000, 2008, 2011, 2015, 2019, 2022, 2038, 2060, 3000]
for key in keys:
    zone = ZoneInfo(key)
    rows = []
    for year in years:
        for month in (1, 5, 8):
            dt = datetime(year, month, 15, 12, tzinfo=zone)
            rows.append("%d-%d %s %s %s" % (year, month, dt.utcoffset(), dt.dst(), dt.tzname()))
    print(key, "|".join(rows))
