"""Reading TZif files (RFC 8536, versions 1 to 4), from TZPATH or from the
tzdata package when it is installed."""

import importlib
import struct


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def open_tzdata(key):
    """A binary file for key from the tzdata package, or None when that
    package is missing or has no such zone (the fallback after TZPATH)."""
    try:
        importlib.import_module("tzdata")
        from importlib import resources
        *folders, name = key.split("/")
        package = ".".join(["tzdata", "zoneinfo"] + folders)
        return resources.files(package).joinpath(name).open("rb")
    except (ImportError, OSError, ValueError, UnicodeError):
        return None


def _bad(why):
    return ValueError("Invalid TZif file: " + why)


class _Reader:
    """Cursor over the bytes of a TZif file."""

    def __init__(self, data):
        self.data = data
        self.at = 0

    def take(self, size):
        chunk = self.data[self.at:self.at + size]
        if len(chunk) != size:
            raise _bad("unexpected end of data")
        self.at += size
        return chunk

    def header(self):
        """(version, counts) of the header starting here."""
        if self.data[self.at:self.at + 4] != b"TZif":
            raise _bad("magic not found")
        block = self.take(44)
        version = block[4]
        counts = struct.unpack(">6l", block[20:44])
        return (version - 0x30 if version else 1), counts


class TZifData:
    """What a TZif file says: transitions (UTC seconds), the type index in
    force after each, the types as (utc offset, isdst, abbreviation) and
    the POSIX TZ string of its footer (None for version 1)."""

    def __init__(self, times, indices, types, footer):
        self.times = times
        self.indices = indices
        self.types = types
        self.footer = footer


def _body(reader, counts, time_size):
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    code = "q" if time_size == 8 else "l"
    times = list(struct.unpack(">%d%s" % (timecnt, code),
                               reader.take(timecnt * time_size)))
    indices = list(reader.take(timecnt))
    raw_types = [struct.unpack(">lBB", reader.take(6))
                 for _ in range(typecnt)]
    chars = reader.take(charcnt)
    reader.take(leapcnt * (time_size + 4) + isstdcnt + isutcnt)
    types = []
    for offset, isdst, where in raw_types:
        end = chars.find(b"\0", where)
        name = chars[where:end if end >= 0 else len(chars)]
        types.append((offset, isdst, name.decode("ascii", "replace")))
    for index in indices:
        if index >= typecnt:
            raise _bad("transition type index out of range")
    return times, indices, types


def load_tzif(data):
    """Parse the bytes of a TZif file into a TZifData."""
    reader = _Reader(data)
    version, counts = reader.header()
    if version == 1:
        return TZifData(*_body(reader, counts, 4), None)
    # Skip the 32-bit block: the 64-bit one after it says everything.
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    reader.take(timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8
                + isstdcnt + isutcnt)
    _, counts = reader.header()
    times, indices, types = _body(reader, counts, 8)
    footer = None
    rest = data[reader.at:]
    if rest.startswith(b"\n"):
        end = rest.find(b"\n", 1)
        if end > 0:
            footer = rest[1:end].decode("ascii")
    return TZifData(times, indices, types, footer)
