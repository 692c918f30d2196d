"""Helpers for addresses, dates, message ids and RFC 2231 parameters."""

__all__ = [
    "collapse_rfc2231_value", "decode_params", "decode_rfc2231",
    "encode_rfc2231", "formataddr", "formatdate", "format_datetime",
    "getaddresses", "make_msgid", "mktime_tz", "parseaddr", "parsedate",
    "parsedate_tz", "parsedate_to_datetime", "unquote",
]

import datetime
import os
import re
import time
import urllib.parse

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import _parsedate_tz, mktime_tz, parsedate
from email._parseaddr import parsedate_tz, quote

COMMASPACE = ", "
EMPTYSTRING = ""
UEMPTYSTRING = ""
CRLF = "\r\n"
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')

supports_strict_parsing = True


def _has_surrogates(s):
    """True if s holds surrogate escapes (undecodable bytes)."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    raw = string.encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "replace")


# ---- addresses -------------------------------------------------------------

def formataddr(pair, charset="utf-8"):
    """'name <address>' from (name, address), the name quoted or RFC 2047
    encoded as needed; just the address when the name is empty."""
    name, address = pair
    address.encode("ascii")
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        if isinstance(charset, str):
            from email.charset import Charset
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    q = '"' if specialsre.search(name) else ""
    return "%s%s%s <%s>" % (q, escapesre.sub(r"\\\g<0>", name), q, address)


def _unescaped(addr):
    """(index, char) over addr, a backslash pair given as one two-char item."""
    pending = False
    i = 0
    for i, ch in enumerate(addr):
        if pending:
            yield i, "\\" + ch
            pending = False
        elif ch == "\\":
            pending = True
        else:
            yield i, ch
    if pending:
        yield i, "\\"


def _strip_quoted_realnames(addr):
    """addr without its "quoted strings" (quotes included)."""
    if '"' not in addr:
        return addr
    kept = []
    start = 0
    opened = None
    for i, ch in _unescaped(addr):
        if ch != '"':
            continue
        if opened is None:
            opened = i
        else:
            if start != opened:
                kept.append(addr[start:opened])
            start = i + 1
            opened = None
    if start < len(addr):
        kept.append(addr[start:])
    return "".join(kept)


def _balanced(addr):
    depth = 0
    for _, ch in _unescaped(_strip_quoted_realnames(addr)):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _pre_parse_validation(values):
    return [v if _balanced(v) else "('', '')" for v in values]


def _post_parse_validation(pairs):
    return [("", "") if "[" in p[1] else p for p in pairs]


def getaddresses(fieldvalues, *, strict=True):
    """(name, address) for every address in the given header values; with
    strict (the default) a value that does not parse cleanly makes the
    whole answer [('', '')]."""
    if not strict:
        joined = COMMASPACE.join(str(v) for v in fieldvalues)
        return _AddressList(joined).addresslist
    values = _pre_parse_validation([str(v) for v in fieldvalues])
    pairs = _post_parse_validation(
        _AddressList(COMMASPACE.join(values)).addresslist)
    expected = sum(1 + _strip_quoted_realnames(v).count(",") for v in values)
    if len(pairs) != expected:
        return [("", "")]
    return pairs


def parseaddr(addr, *, strict=True):
    """(name, address) of the one address in addr, ('', '') if it fails."""
    if not strict:
        found = _AddressList(addr).addresslist
        return found[0] if found else ("", "")
    if isinstance(addr, list):
        addr = addr[0]
    if not isinstance(addr, str):
        return ("", "")
    addr = _pre_parse_validation([addr])[0]
    found = _post_parse_validation(_AddressList(addr).addresslist)
    if len(found) != 1:
        return ("", "")
    return found[0]


def unquote(str):
    """Take the quotes (or angle brackets) off a string."""
    if len(str) > 1:
        first, last = str[0], str[-1]
        if first == '"' and last == '"':
            return str[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if first == "<" and last == ">":
            return str[1:-1]
    return str


# ---- dates -----------------------------------------------------------------

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _format_timetuple_and_zone(tt, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAY_ABBR[tt[6]], tt[2], _MONTH_ABBR[tt[1] - 1], tt[0],
        tt[3], tt[4], tt[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for timeval (default now): in UTC written -0000,
    in UTC written GMT (usegmt), or in local time with its offset."""
    if timeval is None:
        timeval = time.time()
    moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        moment = moment.astimezone()
        usegmt = False
    elif not usegmt:
        moment = moment.replace(tzinfo=None)
    return format_datetime(moment, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime: -0000 for a naive one, GMT when
    usegmt (which needs an aware UTC datetime)."""
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(tt, zone)


def parsedate_to_datetime(data):
    """A datetime from an RFC 2822 date (naive when the zone is -0000)."""
    found = _parsedate_tz(data)
    if found is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    fields, offset = found[:6], found[9]
    try:
        if offset is None:
            return datetime.datetime(*fields)
        zone = datetime.timezone(datetime.timedelta(seconds=offset))
        return datetime.datetime(*fields, tzinfo=zone)
    except OverflowError as exc:
        raise ValueError('Invalid date value or format "%s"' % str(data)) from exc


def localtime(dt=None):
    """dt (default now; naive means local) as an aware local datetime."""
    if dt is None:
        dt = datetime.datetime.now()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A fresh '<time.pid.random[.idstring]@domain>' Message-ID."""
    import random
    import socket
    stamp = int(time.time() * 100)
    extra = "" if idstring is None else "." + idstring
    if domain is None:
        domain = socket.getfqdn()
    return "<%d.%d.%d%s@%s>" % (stamp, os.getpid(), random.getrandbits(64),
                                extra, domain)


# ---- RFC 2231 --------------------------------------------------------------

def decode_rfc2231(s):
    """Split "charset'language'text" into its three parts (None, None, s
    when it has fewer than two quotes)."""
    parts = s.split(TICK, 2)
    if len(parts) < 3:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode s, prefixed with "charset'language'" when a charset
    or language is given."""
    s = urllib.parse.quote(s, safe="", encoding=charset or "ascii")
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or "", s)


rfc2231_continuation = re.compile(r"^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$",
                                  re.ASCII)


def _join_continuations(pieces):
    """(value, extended) from [(number, text, encoded)] of one parameter."""
    if any(p[0] == 0 for p in pieces):
        pieces = [p for p in pieces if p[0] is not None]
    else:
        pieces = [(p[0] or 0, p[1], p[2]) for p in pieces]
    pieces.sort(key=lambda p: p[0])
    texts = []
    extended = False
    for _, text, encoded in pieces:
        if encoded:
            text = urllib.parse.unquote(text, encoding="latin-1")
            extended = True
        texts.append(text)
    return quote("".join(texts)), extended


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1*, ...) and decode
    extended values; the first (name, value) pair is kept as it is."""
    out = [params[0]]
    split = {}
    for name, value in params[1:]:
        encoded = name.endswith("*")
        value = unquote(value)
        m = rfc2231_continuation.match(name)
        if m is None:
            out.append((name, '"%s"' % quote(value)))
            continue
        base, num = m.group("name", "num")
        split.setdefault(base, []).append(
            (None if num is None else int(num), value, encoded))
    for name, pieces in split.items():
        value, extended = _join_continuations(pieces)
        if extended:
            cs, lang, text = decode_rfc2231(value)
            out.append((name, (cs, lang, '"%s"' % text)))
        else:
            out.append((name, '"%s"' % value))
    return out


def collapse_rfc2231_value(value, errors="replace",
                           fallback_charset="us-ascii"):
    """The text of a parameter value: a (charset, language, text) triple
    decoded with its charset, anything else unquoted."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    cs, _, text = value
    if cs is None:
        cs = fallback_charset
    raw = bytes(text, "raw-unicode-escape")
    try:
        return str(raw, cs, errors)
    except LookupError:
        return unquote(text)
