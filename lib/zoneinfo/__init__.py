"""Time zones of the IANA database as datetime.tzinfo objects.

ZoneInfo(key) reads the TZif file for key from the first directory of
TZPATH that holds it; reset_tzpath() changes the search path and
available_timezones() lists the keys found on it.
"""

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from _zoneinfo import ZoneInfo


def __getattr__(name):
    # TZPATH is rebound by reset_tzpath(), so it is looked up each time.
    if name == "TZPATH":
        return _tzpath.TZPATH
    raise AttributeError(f"module 'zoneinfo' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
