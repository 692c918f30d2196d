"""RFC 2822 dates and address lists, parsed the forgiving way email.utils
has always parsed them."""

__all__ = ["mktime_tz", "parsedate", "parsedate_tz", "quote"]

import time

_MONTHS = ("jan feb mar apr may jun jul aug sep oct nov dec "
           "january february march april may june july august september "
           "october november december").split()
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Zone names RFC 822 gave, as +-HHMM; the military letters other than Z are
# left out (RFC 1123 says RFC 822 got their signs wrong).
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
          "AST": -400, "ADT": -300, "EST": -500, "EDT": -400,
          "CST": -600, "CDT": -500, "MST": -700, "MDT": -600,
          "PST": -800, "PDT": -700}


def _fields(text):
    """Split a date into [day, month, year, time, zone], or None."""
    words = text.split()
    if not words:
        return None
    head = words[0]
    if head.endswith(",") or head.lower() in _DAYS:
        words.pop(0)
    else:
        comma = head.rfind(",")
        if comma >= 0:
            words[0] = head[comma + 1:]
    if len(words) == 3:
        dashed = words[0].split("-")
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        last = words[3]
        cut = last.find("+")
        if cut == -1:
            cut = last.find("-")
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append("")
    if len(words) < 5:
        return None
    return words[:5]


def _clock(tm):
    """'HH:MM[:SS]' (or dotted) -> [h, m, s] strings, or None."""
    if tm.endswith(","):
        tm = tm[:-1]
    parts = tm.split(":")
    if len(parts) == 1 and "." in parts[0]:
        parts = parts[0].split(".")
        if len(parts) not in (2, 3):
            return None
    elif len(parts) not in (2, 3):
        return None
    if len(parts) == 2:
        parts.append("0")
    return parts


def _zone_seconds(tz):
    tz = tz.upper()
    if tz in _ZONES:
        hhmm = _ZONES[tz]
    else:
        try:
            hhmm = int(tz)
        except ValueError:
            return None
        if hhmm == 0 and tz.startswith("-"):
            return None
    if not hhmm:
        return hhmm
    sign = -1 if hhmm < 0 else 1
    hhmm = abs(hhmm)
    return sign * ((hhmm // 100) * 3600 + (hhmm % 100) * 60)


def _parsedate_tz(data):
    """The ten-item list behind parsedate_tz; its last item is None for a
    zone of -0000 (UTC, source zone unknown) or no zone at all."""
    if not data:
        return None
    words = _fields(data)
    if words is None:
        return None
    dd, mm, yy, tm, tz = words
    if not dd or not mm or not yy:
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    month = _MONTHS.index(mm) % 12 + 1
    if dd.endswith(","):
        dd = dd[:-1]
    if yy.find(":") > 0:
        yy, tm = tm, yy
    if yy.endswith(","):
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    clock = _clock(tm)
    if clock is None:
        return None
    try:
        year, day = int(yy), int(dd)
        hour, minute, second = (int(x) for x in clock)
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    return [year, month, day, hour, minute, second, 0, 1, -1,
            _zone_seconds(tz)]


def parsedate_tz(data):
    """Convert a date string to a 10-tuple (the 9 of time.struct_time and
    the zone's offset from UTC in seconds), or None."""
    found = _parsedate_tz(data)
    if not found:
        return None
    if found[9] is None:
        found[9] = 0
    return tuple(found)


def parsedate(data):
    """Convert a date string to a time tuple, or None."""
    found = parsedate_tz(data)
    if isinstance(found, tuple):
        return found[:9]
    return found


def mktime_tz(data):
    """The POSIX timestamp of a 10-tuple from parsedate_tz()."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape the backslashes and double quotes in str (the
    surrounding quotes are not added)."""
    return str.replace("\\", "\\\\").replace('"', '\\"')


class AddrlistClass:
    """A scanner over one address header's text (RFC 2822 and the older,
    looser forms)."""

    def __init__(self, field):
        self.specials = '()<>@,:;."[]'
        self.pos = 0
        self.LWS = " \t"
        self.CR = "\r\n"
        self.FWS = " \t\r\n"
        self.atomends = self.specials + " \t\r\n"
        self.phraseends = self.atomends.replace(".", "")
        self.field = field
        self.commentlist = []

    def _at(self):
        """The character under the cursor, or '' at the end."""
        if self.pos < len(self.field):
            return self.field[self.pos]
        return ""

    def gotonext(self):
        """Skip spaces, line ends and comments; return the spaces skipped."""
        spaces = ""
        while True:
            ch = self._at()
            if ch and ch in " \t\r\n":
                if ch in " \t":
                    spaces += ch
                self.pos += 1
            elif ch == "(":
                self.commentlist.append(self.getcomment())
            else:
                return spaces

    def getaddrlist(self):
        """Every address of the field, as (name, address) pairs."""
        out = []
        while self.pos < len(self.field):
            got = self.getaddress()
            out.extend(got if got else [("", "")])
        return out

    def getaddress(self):
        """The next address (a group gives several)."""
        self.commentlist = []
        self.gotonext()
        start, start_comments = self.pos, self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        ch = self._at()
        found = []
        if not ch:
            if phrase:
                found = [(" ".join(self.commentlist), phrase[0])]
        elif ch in ".@":
            self.pos, self.commentlist = start, start_comments
            spec = self.getaddrspec()
            found = [(" ".join(self.commentlist), spec)]
        elif ch == ":":
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._at() == ";":
                    self.pos += 1
                    break
                found = found + self.getaddress()
        elif ch == "<":
            route = self.getrouteaddr()
            name = " ".join(phrase)
            if self.commentlist:
                name += " (" + " ".join(self.commentlist) + ")"
            found = [(name, route)]
        elif phrase:
            found = [(" ".join(self.commentlist), phrase[0])]
        elif ch in self.specials:
            self.pos += 1
        self.gotonext()
        if self._at() == ",":
            self.pos += 1
        return found

    def getrouteaddr(self):
        """The addr-spec inside <...>, skipping any source route."""
        if self._at() != "<":
            return None
        self.pos += 1
        self.gotonext()
        spec = ""
        in_route = False
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if in_route:
                self.getdomain()
                in_route = False
            elif ch == ">":
                self.pos += 1
                break
            elif ch == "@":
                self.pos += 1
                in_route = True
            elif ch == ":":
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """local-part [@ domain]."""
        pieces = []

        def drop_blank():
            if pieces and not pieces[-1].strip():
                pieces.pop()

        self.gotonext()
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            keep_space = True
            if ch == ".":
                drop_blank()
                pieces.append(".")
                self.pos += 1
                keep_space = False
            elif ch == '"':
                pieces.append('"' + quote(self.getquote()) + '"')
            elif ch in self.atomends:
                drop_blank()
                break
            else:
                pieces.append(self.getatom())
            spaces = self.gotonext()
            if keep_space and spaces:
                pieces.append(spaces)
        local = "".join(pieces)
        if self._at() != "@":
            return local
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        return local + "@" + domain if domain else ""

    def getdomain(self):
        """A domain: atoms, dots and [literals]; '' if a second @ shows up."""
        parts = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in self.LWS:
                self.pos += 1
            elif ch == "(":
                self.commentlist.append(self.getcomment())
            elif ch == "[":
                parts.append(self.getdomainliteral())
            elif ch == ".":
                self.pos += 1
                parts.append(".")
            elif ch == "@":
                return ""
            elif ch in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return "".join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """The text after beginchar up to one of endchars, with backslash
        escapes undone (and nested comments kept if allowcomments)."""
        if self.field[self.pos] != beginchar:
            return ""
        self.pos += 1
        text = []
        escaped = False
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if escaped:
                text.append(ch)
                escaped = False
            elif ch in endchars:
                self.pos += 1
                break
            elif allowcomments and ch == "(":
                text.append(self.getcomment())
                continue
            elif ch == "\\":
                escaped = True
            else:
                text.append(ch)
            self.pos += 1
        return "".join(text)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited("(", ")\r", True)

    def getdomainliteral(self):
        return "[" + self.getdelimited("[", "]\r", False) + "]"

    def getatom(self, atomends=None):
        """Characters up to the next of atomends (default self.atomends)."""
        stops = self.atomends if atomends is None else atomends
        start = self.pos
        while self.pos < len(self.field) and self.field[self.pos] not in stops:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """Words (atoms, with dots allowed, and quoted strings) up to a special."""
        words = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in self.FWS:
                self.pos += 1
            elif ch == '"':
                words.append(self.getquote())
            elif ch == "(":
                self.commentlist.append(self.getcomment())
            elif ch in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The parsed addresses of a field, with set-like + and -."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        union = AddressList(None)
        union.addresslist = list(self.addresslist)
        union.addresslist += [a for a in other.addresslist
                              if a not in self.addresslist]
        return union

    def __iadd__(self, other):
        for a in other.addresslist:
            if a not in self.addresslist:
                self.addresslist.append(a)
        return self

    def __sub__(self, other):
        diff = AddressList(None)
        diff.addresslist = [a for a in self.addresslist
                            if a not in other.addresslist]
        return diff

    def __isub__(self, other):
        for a in other.addresslist:
            if a in self.addresslist:
                self.addresslist.remove(a)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]
