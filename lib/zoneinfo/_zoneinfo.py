"""The ZoneInfo class: a tzinfo backed by a TZif file."""

import bisect
import collections
import weakref
from datetime import date, datetime, timedelta, tzinfo

from . import _common, _tzpath

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DAY = 86400
_NOTHING = object()          # matches no datetime (ZoneInfo._last)


_YEAR_STARTS = {}


def _year_start(year):
    """Seconds from the epoch to January 1 of year (kept once worked out)."""
    start = _YEAR_STARTS.get(year)
    if start is None:
        start = _YEAR_STARTS[year] = (date(year, 1, 1).toordinal()
                                      - _EPOCH_ORDINAL) * _DAY
    return start


def _year_of(seconds, near):
    """The year holding seconds, which is near or a neighbour of it."""
    if near > 1 and seconds < _year_start(near):
        return near - 1
    if near < 9999 and seconds >= _year_start(near + 1):
        return near + 1
    return near


class _Offset:
    """One kind of local time: UTC offset, DST amount (timedeltas) and
    abbreviation; seconds keeps the UTC offset as an int."""
    __slots__ = ("seconds", "utcoff", "dstoff", "tzname")

    def __init__(self, seconds, dst_seconds, tzname):
        self.seconds = seconds
        self.utcoff = timedelta(seconds=seconds)
        self.dstoff = timedelta(seconds=dst_seconds)
        self.tzname = tzname


def _dst_amounts(data):
    """The DST amount of each type.  TZif files only flag DST types, so
    the amount is inferred as CPython does: at each transition after the
    first into a DST type still unknown, the difference from the standard
    type in force before it, or failing that (and only for types other than
    the last one listed) the standard type the next transition brings.
    DST types nothing tells about get an hour."""
    amounts = [0] * len(data.types)
    order = data.indices
    last_type = len(data.types) - 1

    def gap_to(index, position):
        other_offset, other_dst, _ = data.types[order[position]]
        if other_dst:
            return 0
        return data.types[index][0] - other_offset

    for position in range(1, len(order)):
        index = order[position]
        if not data.types[index][1] or amounts[index]:
            continue
        amount = gap_to(index, position - 1)
        if not amount and index < last_type and position + 1 < len(order):
            amount = gap_to(index, position + 1)
        amounts[index] = amount
    for index, (_, isdst, _) in enumerate(data.types):
        if isdst and not amounts[index]:
            amounts[index] = 3600
    return amounts


class _Transitions:
    """The table of a TZif file: transitions in UTC, and for local wall
    times the two boundary lists a fold of 0 and 1 search."""

    def __init__(self, data):
        amounts = _dst_amounts(data)
        kinds = [_Offset(offset, amounts[i] if isdst else 0, name)
                 for i, (offset, isdst, name) in enumerate(data.types)]
        self.utc = list(data.times)
        self.count = len(self.utc)
        self.after = [kinds[i] for i in data.indices]
        self.first = self._earliest(data, kinds)
        self.wall = ([], [])
        # How long after each transition UTC times map to repeated wall
        # times (fold=1): what the clocks went back by, if they did.
        self.repeat = []
        previous = self.first
        for moment, kind in zip(self.utc, self.after):
            high = max(previous.seconds, kind.seconds)
            low = min(previous.seconds, kind.seconds)
            self.wall[0].append(moment + high)
            self.wall[1].append(moment + low)
            self.repeat.append(previous.seconds - kind.seconds)
            previous = kind

    @staticmethod
    def _earliest(data, kinds):
        # Before the first transition the first standard type applies
        # (RFC 8536 says type 0; they agree for zic's output).
        if data.indices:
            for index in range(len(data.types)):
                if not data.types[index][1]:
                    return kinds[index]
        return kinds[0]

    def lookup_utc(self, seconds):
        """(kind, fold, past_end) for UTC seconds."""
        position = bisect.bisect_right(self.utc, seconds)
        if not position:
            return self.first, False, position == self.count
        last = position - 1
        fold = seconds - self.utc[last] < self.repeat[last]
        return self.after[last], fold, position == self.count


# ---------------------------------------------------------------------------
# POSIX TZ strings ("EST5EDT,M3.2.0,M11.1.0"): the rule for times after the
# table.

class _TZText:
    """Cursor over a TZ string; a problem raises ValueError with CPython's
    text, which shows the string as bytes."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def fail(self, what):
        raise ValueError("%s%r" % (what, self.text.encode("ascii")))

    def peek(self):
        return self.text[self.at:self.at + 1]

    def done(self):
        return self.at == len(self.text)

    def name(self, part):
        if self.peek() == "<":
            end = self.text.find(">", self.at)
            if end < 0:
                self.fail("Invalid %s format in " % part)
            found = self.text[self.at + 1:end]
            if not found:
                self.fail("Invalid %s format in " % part)
            self.at = end + 1
            return found
        start = self.at
        while self.peek().isalpha():
            self.at += 1
        if self.at == start:
            self.fail("Invalid %s format in " % part)
        return self.text[start:self.at]

    def digits(self, most):
        """The number made of the digits here, None if there are none or
        more than most."""
        start = self.at
        while self.peek().isdigit():
            self.at += 1
        if not 0 < self.at - start <= most:
            return None
        return int(self.text[start:self.at])

    def clock(self, hour_digits, hour_limit):
        """[+-]h[:mm[:ss]] as seconds, or None if malformed."""
        sign = 1
        if self.peek() in ("+", "-"):
            sign = -1 if self.peek() == "-" else 1
            self.at += 1
        hours = self.digits(hour_digits)
        if hours is None or hours > hour_limit:
            return None
        total = hours * 3600
        for scale in (60, 1):
            if self.peek() != ":":
                break
            self.at += 1
            part = self.digits(2)
            if part is None:
                return None
            total += part * scale
        if self.peek() == ":":
            return None
        return sign * total

    def offset(self, part):
        """A zone's offset, as seconds east of UTC."""
        seconds = self.clock(2, 24)
        if seconds is None:
            self.fail("Invalid %s offset in " % part)
        return -seconds

    def date_rule(self):
        """A function year -> wall-clock seconds of the change that year."""
        bad = "Malformed transition rule in TZ string: "
        if self.peek() == "M":
            self.at += 1
            fields = []
            for last in (False, False, True):
                fields.append(self.digits(2))
                if fields[-1] is None or not last and self.peek() != ".":
                    self.fail(bad)
                if not last:
                    self.at += 1
            month, week, weekday = fields
            if not (1 <= month <= 12 and 1 <= week <= 5 and weekday <= 6):
                self.fail(bad)
            day_of = _nth_weekday(month, week, weekday)
        elif self.peek() == "J":
            self.at += 1
            n = self.digits(3)
            if n is None or not 1 <= n <= 365:
                self.fail(bad)
            day_of = _julian_no_leap(n)
        else:
            n = self.digits(3)
            if n is None or n > 365:
                self.fail(bad)
            day_of = _julian_zero(n)
        clock = 7200
        if self.peek() == "/":
            self.at += 1
            clock = self.clock(3, 167)
            if clock is None:
                self.fail(bad)
        return lambda year: day_of(year) * _DAY + clock


def _days_to(year, month, day):
    return date(year, month, day).toordinal() - _EPOCH_ORDINAL


def _nth_weekday(month, week, weekday):
    def day_of(year):
        first = date(year, month, 1)
        shift = (weekday - (first.weekday() + 1)) % 7
        day = 1 + shift + 7 * (week - 1)
        following = date(year + (month == 12), month % 12 + 1, 1)
        while day > (following - first).days:
            day -= 7
        return _days_to(year, month, day)
    return day_of


def _julian_no_leap(n):
    def day_of(year):
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return _days_to(year, 1, 1) + n - 1 + (leap and n >= 60)
    return day_of


def _julian_zero(n):
    # POSIX counts this form from 0; CPython places day n on the n-th day
    # of the year (day 0 on December 31 before), and so do we.
    return lambda year: _days_to(year, 1, 1) + n - 1


class _TZRule:
    """A parsed TZ string: standard time, and DST between two yearly
    changes when it names a DST zone."""

    def __init__(self, text):
        cursor = _TZText(text)
        std_name = cursor.name("STD")
        std_seconds = cursor.offset("STD")
        self.std = _Offset(std_seconds, 0, std_name)
        self.dst = None
        if cursor.done():
            return
        dst_name = cursor.name("DST")
        dst_seconds = std_seconds + 3600
        if cursor.peek() != ",":
            dst_seconds = cursor.offset("DST")
        self.dst = _Offset(dst_seconds, dst_seconds - std_seconds, dst_name)
        self._years = {}
        if cursor.peek() != ",":
            cursor.fail("Missing transition rules in TZ string: ")
        cursor.at += 1
        self.start = cursor.date_rule()
        if cursor.peek() != ",":
            cursor.fail("Missing transition rules in TZ string: ")
        cursor.at += 1
        self.end = cursor.date_rule()
        if not cursor.done():
            cursor.fail("Extraneous characters at end of TZ string: ")

    def _year(self, year):
        """(UTC start, UTC end, wall bounds for fold 0, for fold 1) of DST
        in year; worked out once per year and kept."""
        known = self._years.get(year)
        if known is None:
            start = self.start(year) - self.std.seconds
            end = self.end(year) - self.dst.seconds
            high = max(self.std.seconds, self.dst.seconds)
            low = min(self.std.seconds, self.dst.seconds)
            known = (start, end, (start + high, end + high),
                     (start + low, end + low))
            self._years[year] = known
        return known

    def lookup_wall(self, seconds, year, fold):
        if self.dst is None:
            return self.std
        start, end = self._year(year)[2 + fold]
        if start <= end:
            inside = start <= seconds < end
        else:
            inside = not end <= seconds < start
        return self.dst if inside else self.std

    def lookup_utc(self, seconds, year):
        """(kind, fold) for UTC seconds in (or next to) year."""
        if self.dst is None:
            return self.std, False
        start, end = self._year(_year_of(seconds + self.std.seconds, year))[:2]
        if start <= end:
            inside = start <= seconds < end
        else:
            inside = not end <= seconds < start
        if inside:
            kind, other, since = self.dst, self.std, seconds - start
        else:
            kind, other, since = self.std, self.dst, seconds - end
        return kind, 0 <= since < other.seconds - kind.seconds


# ---------------------------------------------------------------------------

def _key_argument(caller, args, kwargs):
    """The one 'key' argument, checked with the texts of CPython's C
    argument parser."""
    given = len(args) + len(kwargs)
    if given > 1:
        raise TypeError(f"{caller}() takes at most 1 argument ({given} given)")
    if args:
        return args[0]
    if "key" not in kwargs:
        raise TypeError(f"{caller}() missing required argument 'key' (pos 1)")
    return kwargs["key"]


class ZoneInfo(tzinfo):
    """A time zone of the IANA database, loaded from a TZif file."""
    __module__ = "zoneinfo"

    _STRONG_CACHE_SIZE = 8

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._weak_cache = weakref.WeakValueDictionary()
        cls._strong_cache = collections.OrderedDict()

    def __new__(cls, *args, **kwargs):
        key = _key_argument("ZoneInfo", args, kwargs)
        found = cls._weak_cache.get(key)
        if found is None:
            found = cls._weak_cache.setdefault(key, cls._from_key(key, True))
        recent = cls._strong_cache
        recent[key] = found
        recent.move_to_end(key)
        while len(recent) > cls._STRONG_CACHE_SIZE:
            recent.popitem(last=False)
        return found

    @classmethod
    def no_cache(cls, *args, **kwargs):
        return cls._from_key(_key_argument("no_cache", args, kwargs), False)

    @classmethod
    def clear_cache(cls, *args, **kwargs):
        if args:
            raise TypeError("clear_cache() takes no positional arguments")
        for name in kwargs:
            if name != "only_keys":
                raise TypeError("clear_cache() got an unexpected keyword "
                                "argument %r" % name)
        only_keys = kwargs.get("only_keys")
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache.pop(key, None)

    @classmethod
    def from_file(cls, *args, **kwargs):
        if not args:
            raise TypeError("from_file() takes at least 1 positional "
                            "argument (0 given)")
        if len(args) + len(kwargs) > 2:
            raise TypeError("from_file() takes at most 2 arguments "
                            "(%d given)" % (len(args) + len(kwargs)))
        key = args[1] if len(args) == 2 else kwargs.pop("key", None)
        for name in kwargs:
            raise TypeError("from_file() got an unexpected keyword argument "
                            "%r" % name)
        file_obj = args[0]
        made = super().__new__(cls)
        made._key = key
        made._file_repr = repr(file_obj)
        made._cached = None
        made._load(file_obj.read())
        return made

    @classmethod
    def _from_key(cls, key, cached):
        path = _tzpath.find_tzfile(key)
        handle = (open(path, "rb") if path is not None
                  else _common.open_tzdata(key))
        if handle is None:
            raise _common.ZoneInfoNotFoundError(
                f"No time zone found with key {key}")
        with handle:
            data = handle.read()
        made = super().__new__(cls)
        made._key = key
        made._file_repr = None
        made._cached = cached
        made._load(data)
        return made

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def _load(self, data):
        self._last = (_NOTHING, None)
        parsed = _common.load_tzif(data)
        self._table = _Transitions(parsed)
        self._rule = None
        if parsed.footer:
            self._rule = _TZRule(parsed.footer)

    @property
    def key(self):
        return self._key

    def _class_name(self):
        # CPython's type is a C one named "zoneinfo.ZoneInfo"; subclasses
        # show their bare names.
        cls = type(self)
        return "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__

    def __repr__(self):
        if self._key is not None:
            return f"{self._class_name()}(key={self._key!r})"
        return f"{self._class_name()}.from_file({self._file_repr})"

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __reduce__(self):
        if self._cached is None:
            import pickle
            raise pickle.PicklingError(
                "Cannot pickle a ZoneInfo file from a file stream.")
        return type(self)._unpickle, (self._key, int(self._cached))

    def _kind_at(self, dt):
        seconds = ((dt.toordinal() - _EPOCH_ORDINAL) * _DAY + dt.hour * 3600
                   + dt.minute * 60 + dt.second)
        fold = dt.fold
        table = self._table
        position = bisect.bisect_right(table.wall[fold], seconds)
        if position == table.count and self._rule is not None:
            kind = self._rule.lookup_wall(seconds, dt.year, fold)
        else:
            kind = table.after[position - 1] if position else table.first
        # datetime asks the same value again and again (utcoffset for
        # arithmetic and comparisons, then dst, tzname): remember the last
        # answer, for that very (immutable) datetime.
        self._last = (dt, kind)
        return kind

    def utcoffset(self, dt):
        """Retrieve a timedelta representing the UTC offset in a zone at the given datetime."""
        last = self._last
        if last[0] is dt:
            return last[1].utcoff
        if dt is None:
            return None
        return self._kind_at(dt).utcoff

    def dst(self, dt):
        """Retrieve a timedelta representing the amount of DST applied in a zone at the given datetime."""
        last = self._last
        if last[0] is dt:
            return last[1].dstoff
        if dt is None:
            return None
        return self._kind_at(dt).dstoff

    def tzname(self, dt):
        """Retrieve a string containing the abbreviation for the time zone that applies in a zone at a given datetime."""
        last = self._last
        if last[0] is dt:
            return last[1].tzname
        if dt is None:
            return None
        return self._kind_at(dt).tzname

    def fromutc(self, dt):
        """Given a datetime with local time in UTC, retrieve an adjusted datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        seconds = ((dt.toordinal() - _EPOCH_ORDINAL) * _DAY + dt.hour * 3600
                   + dt.minute * 60 + dt.second)
        kind, fold, past_end = self._table.lookup_utc(seconds)
        if past_end and self._rule is not None:
            kind, fold = self._rule.lookup_utc(seconds, dt.year)
        local = dt + kind.utcoff
        return local.replace(fold=1) if fold else local


# Each subclass gets its own caches (__init_subclass__); these are ZoneInfo's.
ZoneInfo._weak_cache = weakref.WeakValueDictionary()
ZoneInfo._strong_cache = collections.OrderedDict()
