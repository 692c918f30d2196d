"""Loading for the ZoneInfo type of _zoneinfo (written in C): a TZif file
read into the flat tables the C lookups search, and the POSIX TZ string of
its footer parsed into the numbers of its yearly rule.  This runs only when
a zone is loaded; utcoffset, dst, tzname and fromutc never come here."""

from . import _common, _tzpath


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


def _earliest(data):
    """The type in force before the first transition: the first standard
    type (RFC 8536 says type 0; they agree for zic's output), else the type
    the first transition brings; -1 when there is neither."""
    for index, (_, isdst, _) in enumerate(data.types):
        if not isdst:
            return index
    return data.indices[0] if data.indices else -1


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
        """The day of a yearly change as (form, a, b, c, wall clock
        seconds): form 0 is Mm.w.d (a month, b week, c weekday), 1 is Jn
        (a = n, no leap day) and 2 is n (a = n, counted from 0)."""
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
            day = (0, month, week, weekday)
        elif self.peek() == "J":
            self.at += 1
            n = self.digits(3)
            if n is None or not 1 <= n <= 365:
                self.fail(bad)
            day = (1, n, 0, 0)
        else:
            n = self.digits(3)
            if n is None or n > 365:
                self.fail(bad)
            day = (2, n, 0, 0)
        clock = 7200
        if self.peek() == "/":
            self.at += 1
            clock = self.clock(3, 167)
            if clock is None:
                self.fail(bad)
        return day + (clock,)


def _tz_rule(text):
    """A TZ string as (std offset, std name) for a zone without DST, or
    (std offset, std name, dst offset, dst name, start rule, end rule)."""
    cursor = _TZText(text)
    std_name = cursor.name("STD")
    std_seconds = cursor.offset("STD")
    if cursor.done():
        return std_seconds, std_name
    dst_name = cursor.name("DST")
    dst_seconds = std_seconds + 3600
    if cursor.peek() != ",":
        dst_seconds = cursor.offset("DST")
    changes = []
    for _ in range(2):
        if cursor.peek() != ",":
            cursor.fail("Missing transition rules in TZ string: ")
        cursor.at += 1
        changes.append(cursor.date_rule())
    if not cursor.done():
        cursor.fail("Extraneous characters at end of TZ string: ")
    return std_seconds, std_name, dst_seconds, dst_name, *changes


# ---------------------------------------------------------------------------

def tables(data):
    """The bytes of a TZif file as what the C type keeps: (transition
    times in UTC seconds, the type index after each, the types as (UTC
    offset, DST amount, abbreviation) in seconds, the index of the type
    before the first transition, the footer's rule or None)."""
    parsed = _common.load_tzif(data)
    amounts = _dst_amounts(parsed)
    kinds = [(offset, amounts[i] if isdst else 0, name)
             for i, (offset, isdst, name) in enumerate(parsed.types)]
    rule = _tz_rule(parsed.footer) if parsed.footer else None
    if rule is None and not kinds:
        raise ValueError("No time zone information found.")
    return parsed.times, parsed.indices, kinds, _earliest(parsed), rule


def load_key(key):
    """tables() of the zone named key, from TZPATH (or tzdata)."""
    path = _tzpath.find_tzfile(key)
    handle = (open(path, "rb") if path is not None
              else _common.open_tzdata(key))
    if handle is None:
        raise _common.ZoneInfoNotFoundError(
            f"No time zone found with key {key}")
    with handle:
        data = handle.read()
    return tables(data)


def load_file(file_obj):
    """tables() of what file_obj.read() gives."""
    return tables(file_obj.read())
