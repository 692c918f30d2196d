"""Calendar printing functions

Note when comparing these calendars to the ones printed by cal(1): By
default, these calendars have Monday as the first day of the week, and
Sunday as the last (the European convention). Use setfirstweekday() to
set the first day of the week (0=Monday, 6=Sunday)."""

# Layout of this module: the arithmetic (leap years, weekdays, month
# lengths) works on plain integers; Calendar walks the days of a month as
# (year, month, day, weekday) tuples, from which every other iterator and
# the text and HTML renderings are derived.

import datetime
import sys
from enum import IntEnum, global_enum
from itertools import repeat

_MONTH_NAMES = ("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER "
                "OCTOBER NOVEMBER DECEMBER").split()
_DAY_NAMES = "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY".split()

__all__ = ("IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday isleap "
           "leapdays weekday monthrange monthcalendar prmonth month prcal calendar timegm "
           "month_name month_abbr day_name day_abbr Calendar TextCalendar HTMLCalendar "
           "LocaleTextCalendar LocaleHTMLCalendar weekheader Day Month").split()
__all__ += _MONTH_NAMES + _DAY_NAMES

error = ValueError


class IllegalMonthError(ValueError, IndexError):
    """A month number outside 1..12."""

    def __init__(self, month):
        super().__init__(month)
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6."""

    def __init__(self, weekday):
        super().__init__(weekday)
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


# The members also become module globals (calendar.MONDAY), as their
# reprs say.
Month = global_enum(IntEnum(
    'Month', [(name, number) for number, name in enumerate(_MONTH_NAMES, 1)], module=__name__))
Day = global_enum(IntEnum(
    'Day', [(name, number) for number, name in enumerate(_DAY_NAMES)], module=__name__))


EPOCH = 1970
# days in each month of a common year; index 0 is a placeholder
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


# ---- names of months and days, from the C library's locale ----------------

class _NameTable:
    """A read-only sequence of names made on demand with strftime, so
    that the current locale is used at the time of the lookup."""

    def __init__(self, pattern):
        self._pattern = pattern

    def _stamp(self, i):
        raise NotImplementedError

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(len(self))[i]]
        n = len(self)
        if not -n <= i < n:
            raise IndexError("list index out of range")
        return self._stamp(i % n)

    def __len__(self):
        return self._size


class _localized_month(_NameTable):
    _size = 13

    def _stamp(self, i):
        if i == 0:
            return ''
        return datetime.date(2001, i, 1).strftime(self._pattern)


class _localized_day(_NameTable):
    _size = 7

    def _stamp(self, i):
        # 2001-01-01 was a Monday
        return datetime.date(2001, 1, i + 1).strftime(self._pattern)


day_name, day_abbr = _localized_day('%A'), _localized_day('%a')
month_name, month_abbr = _localized_month('%B'), _localized_month('%b')


# ---- calendar arithmetic -------------------------------------------------------

def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).
       Assume y1 <= y2."""
    def before(y):
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # the weekdays repeat every 400 years
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def _month_length(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def _check_month(month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)


def monthrange(year, month):
    """Return weekday of first day of month (0-6 ~ Mon-Sun)
       and number of days (28-31) for year, month."""
    _check_month(month)
    return weekday(year, month, 1), _month_length(year, month)


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - datetime.date(EPOCH, 1, 1).toordinal() + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# ---- Calendar: iterating the days of months ---------------------------------------

class Calendar(object):
    """
    Base calendar class. This class doesn't do any formatting. It simply
    provides data to subclasses.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """
        Return an iterator for one week of weekday numbers starting with the
        configured first one.
        """
        for k in range(7):
            yield (self.firstweekday + k) % 7

    def itermonthdays4(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day, day_of_week) tuples.
        Can be used for dates outside of datetime.date range.
        """
        lead, length = monthrange(year, month)
        lead = (lead - self.firstweekday) % 7
        # the days of the previous month that fill the first week
        if lead:
            py, pm = (year - 1, 12) if month == 1 else (year, month - 1)
            plen = _month_length(py, pm)
            for k in range(lead):
                yield py, pm, plen - lead + 1 + k, (self.firstweekday + k) % 7
        wd = (self.firstweekday + lead) % 7
        for d in range(1, length + 1):
            yield year, month, d, wd
            wd = (wd + 1) % 7
        # and those of the next month that fill the last one
        trail = (7 - (lead + length) % 7) % 7
        ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
        for d in range(1, trail + 1):
            yield ny, nm, d, wd
            wd = (wd + 1) % 7

    def itermonthdates(self, year, month):
        """
        Return an iterator for one month. The iterator will yield datetime.date
        values and will always iterate through complete weeks, so it will yield
        dates outside the specified month.
        """
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays3(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day) tuples.  Can be
        used for dates outside of datetime.date range.
        """
        for y, m, d, _ in self.itermonthdays4(year, month):
            yield y, m, d

    def itermonthdays2(self, year, month):
        """
        Like itermonthdates(), but will yield (day number, weekday number)
        tuples. For days outside the specified month the day number is 0.
        """
        for y, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0), wd

    def itermonthdays(self, year, month):
        """
        Like itermonthdates(), but will yield day numbers. For days outside
        the specified month the day number is 0.
        """
        for d, _ in self.itermonthdays2(year, month):
            yield d

    @staticmethod
    def _weeks(days):
        days = list(days)
        return [days[k:k + 7] for k in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        """
        Return a matrix (list of lists) representing a month's calendar.
        Each row represents a week; week entries are datetime.date values.
        """
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; week entries are
        (day number, weekday number) tuples. Day numbers outside this month
        are zero.
        """
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; days outside this month are zero.
        """
        return self._weeks(self.itermonthdays(year, month))

    def _year_rows(self, per_month, year, width):
        months = [per_month(year, m) for m in range(1, 13)]
        return [months[k:k + width] for k in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting. The return
        value is a list of month rows. Each month row contains up to width months.
        Each month contains between 4 and 6 weeks and each week contains 1-7
        days. Days are datetime.date objects.
        """
        return self._year_rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are
        (day number, weekday number) tuples. Day numbers outside this month are
        zero.
        """
        return self._year_rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are day numbers.
        Day numbers outside this month are zero.
        """
        return self._year_rows(self.monthdayscalendar, year, width)


# ---- plain text -------------------------------------------------------------------

class TextCalendar(Calendar):
    """
    Subclass of Calendar that outputs a calendar as a simple plain text
    similar to the UNIX program cal.
    """

    def prweek(self, theweek, width):
        """
        Print a single week (no newline).
        """
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """
        Returns a formatted day.
        """
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """
        Returns a single week in a string (no newline).
        """
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        """
        Returns a formatted week day name.
        """
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """
        Return a header for a week.
        """
        return ' '.join(self.formatweekday(wd, width) for wd in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """
        Return a formatted month name.
        """
        _check_month(themonth)
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """
        Print a month's calendar.
        """
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """
        Return a month's calendar string (multi-line).
        """
        w = max(2, w)
        l = max(1, l)
        gap = '\n' * l
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return gap.join(lines) + gap

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """
        Returns a year's calendar as a multi-line string.
        """
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        month_width = 7 * (w + 1) - 1
        full_width = month_width * m + c * (m - 1)
        joiner = ' ' * c
        out = [repr(theyear).center(full_width).rstrip(), '\n' * l]
        header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = row_index * m + 1
            months = range(first, first + len(row))
            out.append('\n' * l)
            names = [self.formatmonthname(theyear, k, month_width, False) for k in months]
            out.append(joiner.join(names).rstrip() + '\n' * l)
            out.append(joiner.join(header for _ in months).rstrip() + '\n' * l)
            for k in range(max(len(cal) for cal in row)):
                cells = []
                for cal in row:
                    cells.append(self.formatweek(cal[k], w) if k < len(cal) else ' ' * month_width)
                out.append(joiner.join(cells).rstrip() + '\n' * l)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end='')


# ---- HTML --------------------------------------------------------------------------

class HTMLCalendar(Calendar):
    """
    This calendar returns complete HTML pages.
    """

    # CSS classes of the cells: a weekday's is its abbreviation
    cssclasses = [name[:3].lower() for name in _DAY_NAMES]
    cssclasses_weekday_head = cssclasses
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"
    cssclass_noday = "noday"

    def formatday(self, day, weekday):
        """
        Return a day as a table cell.
        """
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """
        Return a complete week as a table row.
        """
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        """
        Return a weekday name as a table header.
        """
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """
        Return a header for a week as a table row.
        """
        return '<tr>%s</tr>' % ''.join(self.formatweekday(wd) for wd in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        """
        Return a month name as a table row.
        """
        _check_month(themonth)
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        """
        Return a formatted month as a table.
        """
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        """
        Return a formatted year as a table of tables.
        """
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            parts.append('<tr>')
            for m in range(first, min(first + width, 13)):
                parts.append('<td>')
                parts.append(self.formatmonth(theyear, m, withyear=False))
                parts.append('</td>')
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """
        Return a formatted year as a complete HTML page.
        """
        if encoding is None:
            encoding = 'utf-8'
        page = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                 self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(page).encode(encoding, 'xmlcharrefreplace')


# ---- locale variants ------------------------------------------------------------------

class different_locale:
    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        import locale as _locale
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _default_time_locale():
    import locale as _locale
    found = _locale.getlocale(_locale.LC_TIME)
    return found if found[0] else 'C'


class LocaleTextCalendar(TextCalendar):
    """
    This class can be passed a locale name in the constructor and will return
    month and weekday names in the specified locale.
    """

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _default_time_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return TextCalendar.formatweekday(self, day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return TextCalendar.formatmonthname(self, theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """
    This class can be passed a locale name in the constructor and will return
    month and weekday names in the specified locale.
    """

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _default_time_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return HTMLCalendar.formatweekday(self, day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return HTMLCalendar.formatmonthname(self, theyear, themonth, withyear)


# ---- the module-level calendar and its shortcuts ------------------------------------

c = TextCalendar()

# the functions of the module are the methods of that one calendar
firstweekday, monthcalendar = c.getfirstweekday, c.monthdayscalendar
week, weekheader, prweek = c.formatweek, c.formatweekheader, c.prweek
month, prmonth = c.formatmonth, c.prmonth
calendar, prcal = c.formatyear, c.pryear


def setfirstweekday(firstweekday):
    if not 0 <= firstweekday <= 6:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


# the default layout of format(): three 20-character columns, 6 apart
_COLUMN_WIDTH = 20
_COLUMN_GAP = 6


def format(cols, colwidth=_COLUMN_WIDTH, spacing=_COLUMN_GAP):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_COLUMN_WIDTH, spacing=_COLUMN_GAP):
    """Returns a string formatted from n strings, centered within n columns."""
    return (' ' * spacing).join(col.center(colwidth) for col in cols)
