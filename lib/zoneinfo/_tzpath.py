"""The search path for time zone files and the lookup of keys on it."""

import os
import sys

# The directories CPython is built to search on Debian; PYTHONTZPATH
# replaces them.
_BUILT_IN_PATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
                  "/usr/share/lib/zoneinfo", "/etc/zoneinfo")

TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _from_environment():
    text = os.environ.get("PYTHONTZPATH")
    if text is None:
        return _BUILT_IN_PATH
    if not text:
        return ()
    chosen = []
    dropped = []
    for entry in text.split(os.pathsep):
        (chosen if os.path.isabs(entry) else dropped).append(entry)
    if dropped:
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment "
                      f"variable. Paths should be absolute but found the "
                      f"following relative paths:\n    "
                      + "\n    ".join(dropped),
                      InvalidTZPathWarning, stacklevel=2)
    return tuple(chosen)


def reset_tzpath(to=None):
    """Reset global TZPATH."""
    global TZPATH
    if to is None:
        TZPATH = _from_environment()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: "
                        f"{to!r}")
    relative = [entry for entry in to if not os.path.isabs(entry)]
    if relative:
        raise ValueError("Paths should be absolute but found the following "
                         "relative paths:\n    "
                         + "\n    ".join(map(str, relative)))
    TZPATH = tuple(to)


def _check_key(key):
    """ValueError unless key names a file below a TZPATH directory."""
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    if os.path.normpath(key) != key:
        raise ValueError(
            f"ZoneInfo keys must be normalized relative paths, got: {key}")
    head = os.fsdecode(key).split("/", 1)[0]
    if head in (".", ".."):
        raise ValueError(
            f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def find_tzfile(key):
    """The path of the file for key on TZPATH, or None."""
    _check_key(key)
    for directory in TZPATH:
        candidate = os.path.join(directory, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def _holds_tzif(path):
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"TZif"
    except OSError:
        return False


def available_timezones():
    """Returns a set containing all available time zones.

    .. caution::

        This may attempt to open a large number of files, since the best way to
        determine if a given file on the time zone search path is to open it
        and check for the "magic string" at the beginning.
    """
    found = set()
    for top in TZPATH:
        if not os.path.isdir(top):
            continue
        for here, subdirs, files in os.walk(top):
            if here == top:
                # posix/ and right/ repeat the database under other rules.
                for skipped in ("posix", "right"):
                    if skipped in subdirs:
                        subdirs.remove(skipped)
            prefix = os.path.relpath(here, top)
            for name in files:
                key = name if prefix == "." else prefix + "/" + name
                if key not in found and _holds_tzif(os.path.join(here, name)):
                    found.add(key)
    found.discard("posixrules")
    return found


reset_tzpath()
