"""Quoted-printable for email: RFC 2047 'q' encoded words for headers and
wrapped quoted-printable bodies (RFC 2045).  Folding headers is
email.header's job."""

__all__ = ["body_decode", "body_encode", "body_length", "decode",
           "decodestring", "header_decode", "header_encode", "header_length",
           "quote", "unquote"]

import re
from string import ascii_letters, digits, hexdigits

CRLF = "\r\n"
NL = "\n"
EMPTYSTRING = ""

# byte -> its text in each flavour of quoted-printable
_QUOPRI_MAP = ["=%02X" % b for b in range(256)]
_QUOPRI_HEADER_MAP = list(_QUOPRI_MAP)
_QUOPRI_BODY_MAP = list(_QUOPRI_MAP)
for _b in (b"-!*+/" + ascii_letters.encode() + digits.encode()):
    _QUOPRI_HEADER_MAP[_b] = chr(_b)
_QUOPRI_HEADER_MAP[32] = "_"
for _b in range(32, 127):
    if _b != 61:                       # everything printable but '='
        _QUOPRI_BODY_MAP[_b] = chr(_b)
_QUOPRI_BODY_MAP[9] = "\t"
_QUOPRI_BODY_ENCODE_MAP = list(_QUOPRI_BODY_MAP)
_QUOPRI_BODY_ENCODE_MAP[10] = "\n"
_QUOPRI_BODY_ENCODE_MAP[13] = "\r"
del _b


def header_check(octet):
    """Whether the byte needs escaping in a header."""
    return _QUOPRI_HEADER_MAP[octet] != chr(octet)


def body_check(octet):
    """Whether the byte needs escaping in a body."""
    return _QUOPRI_BODY_MAP[octet] != chr(octet)


def header_length(bytearray):
    """Length of the bytes in header 'q' encoding (chrome not counted)."""
    return sum(len(_QUOPRI_HEADER_MAP[b]) for b in bytearray)


def body_length(bytearray):
    """Length of the bytes in body quoted-printable."""
    return sum(len(_QUOPRI_BODY_MAP[b]) for b in bytearray)


def _max_append(L, s, maxlen, extra=""):
    if not isinstance(s, str):
        s = chr(s)
    if L and len(L[-1]) + len(s) <= maxlen:
        L[-1] += extra + s
    else:
        L.append(s.lstrip())


def unquote(s):
    """The character written as '=AB'."""
    return chr(int(s[1:3], 16))


def quote(c):
    return _QUOPRI_MAP[ord(c)]


def header_encode(header_bytes, charset="iso-8859-1"):
    """One '=?charset?q?...?=' encoded word ('' for empty input)."""
    if not header_bytes:
        return ""
    text = header_bytes.decode("latin1").translate(_QUOPRI_HEADER_MAP)
    return "=?%s?q?%s?=" % (charset, text)


def _wrap_line(line, width, soft_break, out):
    """Append the pieces of one encoded line, none longer than width."""
    pos = 0
    last = len(line) - 1 - width
    while pos <= last:
        cut = pos + width - 1
        if line[cut - 2] == "=":        # an escape straddles the cut
            out.append(line[pos:cut - 1])
            pos = cut - 2
        elif line[cut - 1] == "=":
            out.append(line[pos:cut])
            pos = cut - 1
        else:
            out.append(line[pos:cut] + "=")
            pos = cut
    if not line or line[-1] not in " \t":
        out.append(line[pos:])
        return
    # A line may not end in white space: escape it or break after it.
    room = pos - last
    tail = line[-1]
    if room >= 3:
        ending = quote(tail)
    elif room == 2:
        ending = tail + soft_break
    else:
        ending = soft_break + quote(tail)
    out.append(line[pos:-1] + ending)


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable text of body (a str of byte values), lines wrapped
    at maxlinelen with soft breaks and ended by eol."""
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    body = body.translate(_QUOPRI_BODY_ENCODE_MAP)
    out = []
    for line in body.splitlines():
        _wrap_line(line, maxlinelen, "=" + eol, out)
    if body[-1] in CRLF:
        out.append("")
    return eol.join(out)


def decode(encoded, eol=NL):
    """Undo quoted-printable, joining lines with eol."""
    if not encoded:
        return encoded
    out = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            out.append(eol)
            continue
        n = len(line)
        i = 0
        while i < n:
            ch = line[i]
            if ch == "=" and i + 1 == n:
                break                    # soft line break
            if (ch == "=" and i + 2 < n and line[i + 1] in hexdigits
                    and line[i + 2] in hexdigits):
                out.append(unquote(line[i:i + 3]))
                i += 3
            else:
                out.append(ch)
                i += 1
            if i == n:
                out.append(eol)
    text = "".join(out)
    if encoded[-1] not in "\r\n" and text.endswith(eol):
        text = text[:-len(eol)]
    return text


body_decode = decode
decodestring = decode


def _unquote_match(match):
    return unquote(match.group(0))


def header_decode(s):
    """Undo header 'q' encoding (not the =?...?= chrome)."""
    return re.sub(r"=[a-fA-F0-9]{2}", _unquote_match, s.replace("_", " "),
                  flags=re.ASCII)
