"""Specific date/time and related types.

See https://data.iana.org/time-zones/tz-link.html for
time zone and DST data sources.
"""

# The types live in the C module _datetime; this module only names them.
from _datetime import (MINYEAR, MAXYEAR, UTC, date, datetime, time, timedelta,
                       timezone, tzinfo)

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")
