"""Strptime-related classes and functions.

time.strptime() calls _strptime_time here.  A format is turned into a
sequence of matchers, each a function (text, pos) that yields the positions
where its piece may end, best first; the sequence is searched with
backtracking, which is how a regular expression built from the format
would match (CPython builds one; this module works without `re`).  The
names are those of the C locale.
"""

import time

__all__ = []

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december')
_AM_PM = ('am', 'pm')
_DATE_TIME = '%a %b %d %H:%M:%S %Y'
_DATE = '%m/%d/%y'
_TIME = '%H:%M:%S'


# ---- matchers -------------------------------------------------------------

def _digit(c):
    return c.isdecimal()


def _alternatives(spec):
    """A matcher for alternatives of fixed-length sequences, written as in a
    regular expression: '|' between alternatives, '[0-5]' a class, '#' any
    decimal digit, other characters themselves."""
    alts = []
    for alt in spec.split('|'):
        items = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == '[':
                end = alt.index(']', i)
                items.append(alt[i + 1:end])
                i = end + 1
                continue
            items.append(c)
            i += 1
        alts.append(items)

    def match_item(item, c):
        if item == '#':
            return _digit(c)
        if len(item) == 1:
            return c == item
        if len(item) == 3 and item[1] == '-':
            return item[0] <= c <= item[2]
        return c in item

    def matcher(text, pos):
        for items in alts:
            end = pos + len(items)
            if end > len(text):
                continue
            for k, item in enumerate(items):
                if not match_item(item, text[pos + k]):
                    break
            else:
                yield end
    return matcher


def _words(words):
    """Any of words, ignoring case, the longest first."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)

    def matcher(text, pos):
        for w in ordered:
            end = pos + len(w)
            if text[pos:end].lower() == w:
                yield end
    return matcher


def _fraction(text, pos):
    end = pos
    while end < len(text) and end - pos < 6 and '0' <= text[end] <= '9':
        end += 1
    while end > pos:
        yield end
        end -= 1


def _offset(text, pos):
    """[+-]HH[:]MM, then optionally [:]SS and .ffffff; or a capital Z."""
    n = len(text)

    def two(p, first):
        return p + 2 <= n and first(text[p]) and _digit(text[p + 1])

    if pos < n and text[pos] in '+-' and two(pos + 1, _digit):
        p = pos + 3
        for q in ((p + 1, p) if p < n and text[p] == ':' else (p,)):
            if not two(q, lambda c: '0' <= c <= '5'):
                continue
            q += 2
            for r in ((q + 1, q) if q < n and text[q] == ':' else (q,)):
                if not two(r, lambda c: '0' <= c <= '5'):
                    continue
                r += 2
                if r < n and text[r] == '.':
                    end = r + 1
                    while end < n and end - r - 1 < 6 and _digit(text[end]):
                        end += 1
                    while end > r + 1:
                        yield end
                        end -= 1
                yield r
            yield q
    if pos < n and text[pos] == 'Z':
        yield pos + 1


def _spaces(text, pos):
    end = pos
    while end < len(text) and text[end].isspace():
        end += 1
    while end > pos:
        yield end
        end -= 1


def _literal(c):
    c = c.lower()

    def matcher(text, pos):
        if pos < len(text) and text[pos].lower() == c:
            yield pos + 1
    return matcher


_NUMBERS = {
    'd': ('d', '3[0-1]|[1-2]#|0[1-9]|[1-9]| [1-9]'),
    'H': ('H', '2[0-3]|[0-1]#|#| #'),
    'I': ('I', '1[0-2]|0[1-9]|[1-9]| [1-9]'),
    'G': ('G', '####'),
    'j': ('j', '36[0-6]|3[0-5]#|[1-2]##|0[1-9]#|00[1-9]|[1-9]#|0[1-9]|[1-9]'),
    'm': ('m', '1[0-2]|0[1-9]|[1-9]'),
    'M': ('M', '[0-5]#|#'),
    'S': ('S', '6[0-1]|[0-5]#|#'),
    'U': ('U', '5[0-3]|[0-4]#|#'),
    'W': ('W', '5[0-3]|[0-4]#|#'),
    'V': ('V', '5[0-3]|0[1-9]|[1-4]#|#'),
    'w': ('w', '[0-6]'),
    'u': ('u', '[1-7]'),
    'y': ('y', '##'),
    'Y': ('Y', '####'),
}
_SAME_AS = {'e': 'd', 'k': 'H', 'l': 'I', 'P': 'p'}
_COMPOSITES = {'c': _DATE_TIME, 'x': _DATE, 'X': _TIME, 'r': '%I:%M:%S %p', 'R': '%H:%M', 'T': '%H:%M:%S'}
_matchers = {name: _alternatives(spec) for name, spec in _NUMBERS.values()}
# the %O forms CPython knows: numbers in the locale's alternative digits
_ALT_DIGITS = ('Od', 'Oe', 'Om', 'Op', 'Ow', 'Oy', 'OC', 'OH', 'OI', 'OM', 'OS')


def _zone_names():
    no_saving = {'utc', 'gmt', time.tzname[0].lower()}
    has_saving = {time.tzname[1].lower()} if time.daylight else set()
    return no_saving, has_saving


def _directive(c, zones):
    """(group name, matcher) of a directive that is not a composite."""
    c = _SAME_AS.get(c, c)
    if c in _NUMBERS:
        return c, _matchers[c]
    if c == 'f':
        return c, _fraction
    if c == 'z':
        return c, _offset
    if c == 'a':
        return c, _words(w[:3] for w in _WEEKDAYS)
    if c == 'A':
        return c, _words(_WEEKDAYS)
    if c == 'b':
        return c, _words(m[:3] for m in _MONTHS)
    if c == 'B':
        return c, _words(_MONTHS)
    if c == 'p':
        return c, _words(_AM_PM)
    if c == 'Z':
        return c, _words(zones[0] | zones[1])
    raise KeyError(c)


def _compile(format, zones, pieces, whole):
    """Appends (group name or None, matcher) to pieces for format."""
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            pieces.append((None, _spaces))
            continue
        if c != '%':
            pieces.append((None, _literal(c)))
            i += 1
            continue
        i += 1
        while i < n and format[i] in '-_0#':
            i += 1
        while i < n and format[i].isdigit():
            i += 1
        if i >= n or format[i].isspace():
            raise ValueError("stray %% in format '%s'" % whole)
        c = format[i]
        i += 1
        if c in 'EO':
            key = c + format[i] if i < n else c
            if key not in _ALT_DIGITS:
                raise ValueError("'%s' is a bad directive in format '%s'" % (key, whole))
            i += 1
            # the C locale has no alternative digits: these match nothing
            if key != 'Op':
                continue
            c = 'p'
        if c == '%':
            pieces.append((None, _literal('%')))
        elif c in _COMPOSITES:
            _compile(_COMPOSITES[c], zones, pieces, whole)
        else:
            try:
                pieces.append(_directive(c, zones))
            except KeyError:
                raise ValueError("'%s' is a bad directive in format '%s'" % (c, whole)) from None


def _check_groups(pieces):
    """A directive twice is an error, as for the regular expression CPython
    builds (it cannot name two groups alike)."""
    taken = []
    for name, _ in pieces:
        if name is None:
            continue
        if name in taken:
            raise ValueError('redefinition of group name %r as group %d; was group %d'
                             % (name, len(taken) + 1, taken.index(name) + 1))
        taken.append(name)


def _match(pieces, text):
    """The end of the best match of pieces at the start of text and the
    text of each group, or None."""
    found = {}

    def search(k, pos):
        if k == len(pieces):
            return pos
        name, matcher = pieces[k]
        for end in matcher(text, pos):
            if name is not None:
                found[name] = text[pos:end]
            r = search(k + 1, end)
            if r is not None:
                return r
        if name is not None:
            found.pop(name, None)
        return None

    end = search(0, 0)
    return None if end is None else (end, found)


# ---- dates ----------------------------------------------------------------

def _isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _days_in_month(year, month):
    if month == 2 and _isleap(year):
        return 29
    return (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month]


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year must be in 1..9999, not %d' % year)
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day %d must be in range 1..%d for month %d in year %d' % (day, dim, month, year))


def _toordinal(year, month, day):
    y = year - 1
    return (y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _isleap(year)) + day)


def _fromordinal(n):
    year = 1
    # a first guess from the average year, corrected both ways
    year = max(1, (n - 1) * 400 // 146097 + 1)
    while _toordinal(year, 1, 1) > n:
        year -= 1
    while _toordinal(year + 1, 1, 1) <= n:
        year += 1
    if not 1 <= year <= 9999:
        raise OverflowError('date value out of range')
    day = n - _toordinal(year, 1, 1) + 1
    month = 1
    while day > _days_in_month(year, month):
        day -= _days_in_month(year, month)
        month += 1
    return year, month, day


def _weekday(year, month, day):
    return (_toordinal(year, month, day) + 6) % 7


def _fromisocalendar(year, week, day):
    if not 1 <= year <= 9999:
        raise ValueError('year must be in 1..9999, not %d' % year)
    if not 0 < week < 53:
        first = _weekday(year, 1, 1)
        if not (week == 53 and (first == 3 or (first == 2 and _isleap(year)))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    jan4 = _toordinal(year, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    return _fromordinal(week1_monday + (week - 1) * 7 + day - 1)


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


# ---- strptime -------------------------------------------------------------

def _offset_value(z):
    if z == 'Z':
        return 0, 0
    text = z
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % text)
            z = z[:5] + z[6:]
    hours = int(z[1:3])
    minutes = int(z[3:5])
    seconds = int(z[5:7] or 0)
    gmtoff = hours * 3600 + minutes * 60 + seconds
    rest = z[8:]
    fraction = int(rest + '0' * (6 - len(rest)))
    if z.startswith('-'):
        return -gmtoff, -fraction
    return gmtoff, fraction


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """The fields of the time in data_string, the fraction of a second and
    of the offset: ((year, ..., tzname, gmtoff), fraction, gmtoff_fraction)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(arg)))
    zones = _zone_names()
    pieces = []
    _compile(format, zones, pieces, format)
    _check_groups(pieces)
    result = _match(pieces, data_string)
    if result is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    end, found = result
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = week_of_year_start = None
    weekday = julian = None
    for key in found:
        value = found[key]
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTHS.index(value.lower())
        elif key == 'b':
            month = [m[:3] for m in _MONTHS].index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found.get('p', '').lower()
            if ampm in ('', _AM_PM[0]):
                if hour == 12:
                    hour = 0
            elif ampm == _AM_PM[1]:
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _WEEKDAYS.index(value.lower())
        elif key == 'a':
            weekday = [w[:3] for w in _WEEKDAYS].index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _offset_value(value)
        elif key == 'Z':
            zone = value.lower()
            for value_dst, names in enumerate(zones):
                if zone in names:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and zone not in ('utc', 'gmt')):
                        break
                    tz = value_dst
                    break

    if year is None and iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _fromisocalendar(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365

    if julian is None:
        _check_date(year, month, day)
        julian = _toordinal(year, month, day) - _toordinal(year, 1, 1) + 1
    else:
        _check_date(year, 1, 1)
        year, month, day = _fromordinal(julian - 1 + _toordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    tzname = found.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Return a time struct based on the input string and the format string."""
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:time._STRUCT_TM_ITEMS])


# ---- the strptime() class methods of datetime, date and time ---------------

def _zone_from(gmtoff, gmtoff_fraction, name):
    from datetime import timedelta, timezone
    offset = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
    return timezone(offset, name) if name else timezone(offset)


def _strptime_datetime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """datetime.strptime(): cls built from the parsed fields, aware when
    the text had an offset (%z)."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    values = list(fields[:6]) + [fraction]
    gmtoff = fields[10]
    if gmtoff is not None:
        values.append(_zone_from(gmtoff, gmtoff_fraction, fields[9]))
    return cls(*values)


def _strptime_datetime_date(cls, data_string, format='%a %b %d'):
    """date.strptime(): only the calendar fields count."""
    fields = _strptime(data_string, format)[0]
    return cls(*fields[:3])


def _strptime_datetime_time(cls, data_string, format='%H:%M:%S'):
    """time.strptime(): only the clock fields count."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    values = list(fields[3:6]) + [fraction]
    gmtoff = fields[10]
    if gmtoff is not None:
        values.append(_zone_from(gmtoff, gmtoff_fraction, fields[9]))
    return cls(*values)
