# available_timezones(): the keys on TZPATH holding TZif data.
import zoneinfo

zones = zoneinfo.available_timezones()
print(type(zones).__name__, len(zones) > 400)
for key in ["UTC", "America/New_York", "Europe/Paris", "Etc/GMT+5", "posixrules", "posix/UTC",
            "right/UTC", "zone.tab", "tzdata.zi", "leapseconds", "Factory", "America/Argentina/Salta",
            "America", "localtime"]:
    print(key, key in zones)
print(sorted(zones)[:10])
print(sorted(k for k in zones if "/" not in k))
print(all(isinstance(k, str) for k in zones))
print(zoneinfo.available_timezones() == zones, zoneinfo.available_timezones() is zones)
for key in sorted(zones)[::37]:
    z = zoneinfo.ZoneInfo(key)
    print(key, z.key == key)
