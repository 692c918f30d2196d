"""Headers with RFC 2047 encoded words: decode_header(), make_header() and
the Header class, whose encode() folds a value into lines."""

__all__ = ["Header", "decode_header", "make_header"]

import binascii
import re

import email.base64mime
import email.quoprimime
from email import charset as _charset
from email.errors import HeaderParseError

Charset = _charset.Charset

NL = "\n"
SPACE = " "
BSPACE = b" "
SPACE8 = " " * 8
EMPTYSTRING = ""
MAXLINELEN = 78
FWS = " \t"

USASCII = Charset("us-ascii")
UTF8 = Charset("utf-8")

# =?charset?q-or-b?text?=
ecre = re.compile(r"=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?"
                  r"(?P<encoded>.*?)\?=", re.MULTILINE)
fcre = re.compile(r"[\041-\176]+:$")
_embedded_header = re.compile(r"\n[^ \t]+:")
_max_append = email.quoprimime._max_append

_PLAIN = (None, "us-ascii")


def _split_encoded_words(header):
    """[(text, encoding or None, charset or None)] for the value's lines:
    plain runs and encoded words in order."""
    words = []
    for line in header.splitlines():
        pieces = ecre.split(line)
        plain = pieces[0].lstrip()
        if plain:
            words.append((plain, None, None))
        for k in range(1, len(pieces), 4):
            cs, how, text, plain = pieces[k:k + 4]
            words.append((text, how.lower(), cs.lower()))
            if plain:
                words.append((plain, None, None))
    # White space between two encoded words is not part of the text.
    drop = [n - 1 for n in range(2, len(words))
            if words[n][1] and words[n - 2][1] and words[n - 1][0].isspace()]
    for n in reversed(drop):
        del words[n]
    return words


def _decode_word(text, how):
    if how == "q":
        return email.quoprimime.header_decode(text)
    if how == "b":
        short = len(text) % 4
        if short:
            text += "==="[:4 - short]
        try:
            return email.base64mime.decode(text)
        except binascii.Error:
            raise HeaderParseError("Base64 decoding error")
    raise AssertionError("Unexpected encoding: " + how)


def decode_header(header):
    """[(bytes or str, charset or None)]: the value's runs, encoded words
    decoded (not converted from their charset) and neighbours in one charset
    joined.  A value without encoded words gives [(value, None)]."""
    if hasattr(header, "_chunks"):
        return [(_charset._encode(text, str(cs)), str(cs))
                for text, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    merged = []
    for text, how, cs in _split_encoded_words(header):
        data = text if how is None else _decode_word(text, how)
        if isinstance(data, str):
            data = bytes(data, "raw-unicode-escape")
        if merged and merged[-1][1] == cs:
            glue = BSPACE if cs is None else b""
            merged[-1] = (merged[-1][0] + glue + data, cs)
        else:
            merged.append((data, cs))
    return merged


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=" "):
    """A Header built from decode_header()'s (text, charset) pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for text, cs in decoded_seq:
        if cs is not None and not isinstance(cs, Charset):
            cs = Charset(cs)
        h.append(text, cs)
    return h


def _nonctext(s):
    """True for white space and the characters ( ) \\."""
    return s.isspace() or s in ("(", ")", "\\")


class Header:
    """A header value made of runs of text, each in its own charset; str()
    gives the text, encode() the folded RFC 2047 form."""

    def __init__(self, s=None, charset=None, maxlinelen=None,
                 header_name=None, continuation_ws=" ", errors="strict"):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        self._normalize()
        out = []
        prev_cs = None
        prev_space = None
        for text, cs in self._chunks:
            this_cs = cs
            if this_cs == _charset.UNKNOWN8BIT:
                text = text.encode("ascii", "surrogateescape").decode(
                    "ascii", "replace")
            if out:
                starts_space = text and _nonctext(text[0])
                if prev_cs not in _PLAIN:
                    if this_cs in _PLAIN and not starts_space:
                        out.append(SPACE)
                        this_cs = None
                elif this_cs not in _PLAIN and not prev_space:
                    out.append(SPACE)
            prev_space = text and _nonctext(text[-1])
            prev_cs = this_cs
            out.append(text)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors="strict"):
        """Add a run of text: a str, or bytes in charset (default the
        Header's).  ASCII-only text that does not fit us-ascii becomes
        utf-8."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or "us-ascii"
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode("us-ascii", "surrogateescape")
            else:
                s = s.decode(codec, errors)
        out_codec = charset.output_codec or "us-ascii"
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != "us-ascii":
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _nonctext(self, s):
        return _nonctext(s)

    def encode(self, splitchars=";, \t", maxlinelen=None, linesep="\n"):
        """The value folded into lines of at most maxlinelen (default the
        Header's; 0 for no limit), joined by linesep.  Non-ASCII runs become
        encoded words; plain text breaks preferably after the characters of
        splitchars, in their order."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        fmt = _Folder(self._headerlen, maxlinelen, self._continuation_ws,
                      splitchars)
        prev_cs = None
        prev_space = None
        first = True
        for text, cs in self._chunks:
            if not first:
                starts_space = text and _nonctext(text[0])
                if prev_cs not in _PLAIN:
                    if not starts_space or cs not in _PLAIN:
                        fmt.add_transition()
                elif cs not in _PLAIN and not prev_space:
                    fmt.add_transition()
            first = False
            prev_space = text and _nonctext(text[-1])
            prev_cs = cs
            self._feed_chunk(fmt, text, cs)
        if self._chunks:
            fmt.add_transition()
        value = fmt.text(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value

    def _feed_chunk(self, fmt, text, cs):
        lines = text.splitlines()
        fmt.feed("", lines[0] if lines else "", cs)
        for line in lines[1:]:
            fmt.newline()
            body = line.lstrip()
            if cs.header_encoding is not None:
                fmt.feed(self._continuation_ws, " " + body, cs)
            else:
                fmt.feed(line[:len(line) - len(body)], body, cs)
        if len(lines) > 1:
            fmt.newline()

    def _normalize(self):
        """Merge neighbouring runs in the same charset (joined by a space)."""
        merged = []
        for text, cs in self._chunks:
            if merged and merged[-1][1] == cs:
                merged[-1][0].append(text)
            else:
                merged.append(([text], cs))
        self._chunks = [(SPACE.join(texts), cs) for texts, cs in merged]


class _Line:
    """The line being built: (white space, text) pieces, plus the width of
    what precedes them (the header name on the first line)."""

    def __init__(self, lead=0):
        self.lead = lead
        self.parts = []

    def push(self, fws, text):
        self.parts.append((fws, text))

    def pop(self):
        return self.parts.pop() if self.parts else ("", "")

    def cut(self, index):
        tail = self.parts[index:]
        del self.parts[index:]
        return tail

    def width(self):
        return self.lead + sum(len(f) + len(t) for f, t in self.parts)

    def __str__(self):
        return "".join(f + t for f, t in self.parts)

    def reset(self, parts=None):
        self.parts = [] if parts is None else list(parts)
        self.lead = 0

    def blank(self):
        return self.lead == 0 and (not self.parts or str(self).isspace())


class _Folder:
    """Gathers pieces of a value into folded lines."""

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self._maxlen = maxlen
        self._ws = continuation_ws
        self._splitchars = splitchars
        self._lines = []
        self._cur = _Line(headerlen)

    def text(self, linesep):
        self.newline()
        return linesep.join(self._lines)

    def __str__(self):
        return self.text(NL)

    def newline(self):
        """End the current line (a dangling transition is dropped; a line
        of only white space joins the previous one)."""
        last = self._cur.pop()
        if last != (" ", ""):
            self._cur.push(*last)
        if self._cur.width() > 0:
            if self._cur.blank() and self._lines:
                self._lines[-1] += str(self._cur)
            else:
                self._lines.append(str(self._cur))
        self._cur.reset()

    def add_transition(self):
        self._cur.push(" ", "")

    def _room(self):
        yield self._maxlen - self._cur.width()
        while True:
            yield self._maxlen - len(self._ws)

    def feed(self, fws, text, cs):
        if cs.header_encoding is None:
            self._feed_plain(fws + text)
            return
        words = cs.header_encode_lines(text, self._room())
        if not words:
            return
        if words[0] is not None:
            self._add(fws, words[0])
        if len(words) == 1:
            return
        self.newline()
        self._cur.push(self._ws, words[-1])
        for word in words[1:-1]:
            self._lines.append(self._ws + word)

    def _feed_plain(self, text):
        pieces = re.split("([" + FWS + "]+)", text)
        if pieces[0]:
            pieces.insert(0, "")
        else:
            del pieces[0]
        for k in range(0, len(pieces) - 1, 2):
            self._add(pieces[k], pieces[k + 1])

    def _split_point(self):
        """Index of the piece to start the next line at, preferring a break
        after the earliest-listed split character, or None."""
        parts = self._cur.parts
        for ch in self._splitchars:
            for i in range(len(parts) - 1, 0, -1):
                if ch.isspace():
                    fws = parts[i][0]
                    if fws and fws[0] == ch:
                        return i
                before = parts[i - 1][1]
                if before and before[-1] == ch:
                    return i
        return None

    def _add(self, fws, text):
        self._cur.push(fws, text)
        if self._cur.width() <= self._maxlen:
            return
        at = self._split_point()
        if at is None:
            fws, text = self._cur.pop()
            if self._cur.lead > 0:
                self.newline()
                if not fws:
                    fws = " "
            self._cur.push(fws, text)
            return
        tail = self._cur.cut(at)
        self._lines.append(str(self._cur))
        self._cur.reset(tail)
