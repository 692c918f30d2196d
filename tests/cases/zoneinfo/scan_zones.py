# Every change of offset/name/fold that fromutc produces, hour by hour, in a
# recent year, a 1970s year and a year past 2037, for many zones.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

keys = ["UTC", "Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Moscow",
        "Africa/Casablanca", "Africa/Cairo", "Asia/Tehran", "Asia/Jerusalem", "Asia/Gaza",
        "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tokyo", "Australia/Adelaide",
        "Pacific/Auckland", "Pacific/Apia", "Pacific/Kiritimati", "America/Sao_Paulo",
        "America/St_Johns", "America/Godthab", "America/Nuuk", "America/Asuncion",
        "America/Los_Angeles", "America/Phoenix", "America/Mexico_City", "Atlantic/Azores",
        "Pacific/Honolulu", "Asia/Shanghai", "Etc/GMT+12", "Asia/Amman"]
for key in keys:
    zone = ZoneInfo(key)
    print("==", key)
    for year in (1975, 2023, 2044):
        start = datetime(year, 1, 1, tzinfo=timezone.utc)
        last = None
        for hours in range(0, 365 * 24, 1):
            u = start + timedelta(hours=hours)
            local = u.astimezone(zone)
            state = (local.utcoffset(), local.dst(), local.fold, local.tzname())
            if state != last:
                print(" ", u.isoformat(), local.isoformat(), local.fold, local.tzname(), local.dst())
                last = state
