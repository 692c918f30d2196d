"""Header values as small token trees, and the RFC 5322 folding of those
trees that EmailPolicy uses (encoded words for text that is not ASCII,
RFC 2231 for parameters that need it).

This is a compact model of what the header registry needs: unstructured
text, address lists, MIME type and disposition headers with parameters, and
simple token headers."""

import base64
import re
import sys
import urllib.parse

from email import errors, utils
from email.base64mime import _decode_lenient

WSP_CHARS = " \t"
WSP = set(WSP_CHARS)
SPECIALS = set('()<>@,:;.\\"[]')
DOT_ATOM_ENDS = (SPECIALS | WSP) - {"."}
NLSET = {"\n", "\r"}
SPECIALSNL = SPECIALS | NLSET

_nonprintable = re.compile(r"[\x00-\x20\x7f]").findall


def quote_string(value):
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text + '"'


def _paren_pairs(value):
    return str(value).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


# ---- encoded words -------------------------------------------------------

_Q_SAFE = set(b"-!*+/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _q_piece(byte):
    if byte == 32:
        return "_"
    if byte in _Q_SAFE:
        return chr(byte)
    return "=%02X" % byte


def ew_encode(text, charset="utf-8"):
    """An encoded word for text, 'q' unless 'b' is clearly shorter."""
    if charset == "unknown-8bit":
        raw = text.encode("ascii", "surrogateescape")
    else:
        raw = text.encode(charset)
    q = "".join(_q_piece(b) for b in raw)
    b_len = (len(raw) + 2) // 3 * 4
    if len(q) - b_len < 5:
        return "=?%s?q?%s?=" % (charset, q)
    return "=?%s?b?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))




def ew_decode(charset, how, text):
    """(decoded text, defects) of one encoded word's parts."""
    charset = charset.partition("*")[0]
    raw = text.encode("ascii", "surrogateescape")
    if how.lower() == "q":
        raw = re.sub(rb"=([a-fA-F0-9]{2})",
                     lambda m: bytes.fromhex(m.group(1).decode()),
                     raw.replace(b"_", b" "))
        defects = []
    else:
        raw, defects = _decode_lenient(raw)
    try:
        out = raw.decode(charset)
    except UnicodeDecodeError:
        defects.append(errors.UndecodableBytesDefect(
            "Encoded word contains bytes not decodable using {!r} "
            "charset".format(charset)))
        out = raw.decode(charset, "surrogateescape")
    except (LookupError, UnicodeEncodeError):
        out = raw.decode("ascii", "surrogateescape")
        if charset.lower() != "unknown-8bit":
            defects.append(errors.CharsetError(
                "Unknown charset {!r} in encoded word; decoded as unknown "
                "bytes".format(charset)))
    return out, defects


class _BadEW(errors.HeaderParseError):
    """An encoded word whose inside cannot be decoded."""


_HEX = set("0123456789abcdefABCDEF")


def take_encoded_word(value, kind):
    """(encoded-word list, rest of value) for an encoded word at the start
    of value; HeaderParseError if there is none, _BadEW if malformed."""
    if not value.startswith("=?"):
        raise errors.HeaderParseError(
            "expected encoded word but found {}".format(value))
    body, *rest = value[2:].split("?=", 1)
    if body == value[2:]:
        raise errors.HeaderParseError(
            "expected encoded word but found {}".format(value))
    after = "".join(rest)
    if (len(after) > 1 and after[0] in _HEX and after[1] in _HEX
            and body.count("?") < 2):
        # '?=' was the start of a q-encoded '=XX' inside the word.
        more, *rest = after.split("?=", 1)
        body = body + "?=" + more
    defects = []
    if len(body.split()) > 1:
        defects.append(errors.InvalidHeaderDefect("whitespace inside encoded word"))
    fields = body.split("?")
    if len(fields) != 3 or fields[1].lower() not in ("q", "b"):
        raise _BadEW("encoded word format invalid: '{}'".format(value))
    text, more_defects = ew_decode(*fields)
    ew = TList("encoded-word", _words(text, kind))
    ew.defects = defects + more_defects
    value = "".join(rest)
    if value and value[0] not in WSP:
        ew.defects.append(errors.InvalidHeaderDefect(
            "missing trailing whitespace after encoded-word"))
    return ew, value


# ---- tokens --------------------------------------------------------------

class Term(str):
    """A terminal: text with a kind and folding flags."""

    ew_ok = True
    combine = True
    brk = True
    is_list = False

    def __new__(cls, text, kind, ew_ok=True, brk=True):
        self = str.__new__(cls, text)
        self.kind = kind
        self.defects = []
        if not ew_ok:
            self.ew_ok = False
        if not brk:
            self.brk = False
        return self

    def __getnewargs__(self):
        return str.__str__(self), self.kind

    def starts_fws(self):
        return self.kind == "fws" and bool(self) and self[0] in WSP

    def contains(self, kind):
        return self.kind == kind

    def all_defects(self):
        return list(self.defects)

    def undecodable(self):
        return any(isinstance(d, errors.UndecodableBytesDefect)
                   for d in self.defects)


class EWSpace(Term):
    """White space between two encoded words: not part of the text."""

    def __str__(self):
        return ""


class TList:
    """A list of tokens of some kind."""

    is_list = True

    def __init__(self, kind, parts=(), ew_ok=None, combine=True, brk=True):
        self.kind = kind
        self.parts = list(parts)
        self._ew_ok = ew_ok
        self.combine = combine
        self.brk = brk
        self.defects = []

    @property
    def ew_ok(self):
        if self._ew_ok is not None:
            return self._ew_ok
        return all(p.ew_ok for p in self.parts)

    def __str__(self):
        return "".join(str(p) for p in self.parts)

    def __bool__(self):
        return bool(self.parts)

    def append(self, part):
        self.parts.append(part)

    def starts_fws(self):
        return self.parts[0].starts_fws()

    def contains(self, kind):
        return any(p.contains(kind) for p in self.parts)

    def all_defects(self):
        out = list(self.defects)
        for p in self.parts:
            out.extend(p.all_defects())
        return out

    def undecodable(self):
        return any(isinstance(d, errors.UndecodableBytesDefect)
                   for d in self.all_defects())


_UNBLOCK = Term("", "wrap_as_ew_blocked")


def _check_text(term):
    bad = _nonprintable(term)
    if bad:
        term.defects.append(errors.NonPrintableDefect(bad))
    if utils._has_surrogates(term):
        term.defects.append(errors.UndecodableBytesDefect(
            "Non-ASCII characters found in header token"))
    return term


def _words(text, kind):
    """Terminals for text: runs of white space and runs of the rest."""
    out = []
    for piece in re.split(r"([ \t]+)", text):
        if piece:
            out.append(Term(piece, "fws") if piece[0] in WSP
                       else _check_text(Term(piece, kind)))
    return out


# ---- unstructured text ---------------------------------------------------

_rfc2047_search = re.compile(r"=\?[^?]*\?[qQbB]\?.*?\?=").search


def parse_unstructured(value):
    """Unstructured text, its encoded words decoded."""
    tree = TList("unstructured")
    parts = tree.parts
    while value:
        if value[0] in WSP:
            body = value.lstrip(WSP_CHARS)
            parts.append(Term(value[:len(value) - len(body)], "fws"))
            value = body
            continue
        ew_ok = True
        if value.startswith("=?"):
            try:
                ew, rest = take_encoded_word(value, "utext")
            except _BadEW:
                ew_ok = False
            except errors.HeaderParseError:
                pass
            else:
                spaced = True
                if parts and parts[-1].kind != "fws":
                    tree.defects.append(errors.InvalidHeaderDefect(
                        "missing whitespace before encoded word"))
                    spaced = False
                if spaced and len(parts) > 1 and parts[-2].kind == "encoded-word":
                    parts[-1] = EWSpace(parts[-1], "fws")
                parts.append(ew)
                value = rest
                continue
        word, *rest = re.split(r"([ \t]+)", value, maxsplit=1)
        if ew_ok and _rfc2047_search(word):
            word, sep, tail = value.partition("=?")
            rest = [sep, tail]
        parts.append(_check_text(Term(word, "utext")))
        value = "".join(rest)
    return tree


def decode_unstructured(value):
    return str(parse_unstructured(value))


# ---- folding -------------------------------------------------------------

def _steal_wsp(lines):
    wsp = ""
    if lines and lines[-1] and lines[-1][-1] in WSP:
        wsp = lines[-1][-1]
        lines[-1] = lines[-1][:-1]
        if not lines[-1]:
            lines.pop()
    return wsp


def _fold_as_ew(text, lines, maxlen, last_ew, combine, charset, after_ew):
    """Write text as encoded words (joined to the previous encoded word on
    the line when allowed); return where the last encoded word starts."""
    if last_ew is not None and combine:
        text = decode_unstructured(lines[-1][last_ew:] + text)
        lines[-1] = lines[-1][:last_ew]
    elif after_ew:
        body = lines[-1].rstrip(WSP_CHARS)
        gap = lines[-1][len(body):]
        lines[-1] = body + (" " if gap else "")
        text = gap + text
    elif text[0] in WSP:
        lead, text = text[0], text[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_wsp(lines))
        lines[-1] += lead
    tail = ""
    if text[-1] in WSP:
        tail, text = text[-1], text[:-1]
    start = len(lines[-1]) if last_ew is None else last_ew
    cs = "utf-8" if charset == "us-ascii" else charset
    chrome = len(cs) + 7
    if chrome + 1 >= maxlen:
        raise errors.HeaderParseError(
            "max_line_length is too small to fit an encoded word")
    while text:
        room = maxlen - len(lines[-1])
        if room - chrome <= 0:
            lines.append(_steal_wsp(lines) or " ")
            start = len(lines[-1])
            continue
        chunk = text[:room - chrome]
        word = ew_encode(chunk, cs)
        while len(word) > room:
            chunk = chunk[:-1]
            word = ew_encode(chunk, cs)
        lines[-1] += word
        text = text[len(chunk):]
        if text:
            lines.append(" ")
            start = len(lines[-1])
    lines[-1] += tail
    return start if combine else None


def _fold_params(part, lines, maxlen, encoding):
    for name, value in part.params:
        if not lines[-1].rstrip().endswith(";"):
            lines[-1] += ";"
        charset = encoding
        handler = "strict"
        try:
            value.encode(encoding)
            need = False
        except UnicodeEncodeError:
            need = True
            if utils._has_surrogates(value):
                charset, handler = "unknown-8bit", "surrogateescape"
            else:
                charset = "utf-8"
        if need:
            text = "%s*=%s''%s" % (name, charset, urllib.parse.quote(
                value, safe="", errors=handler))
        else:
            text = "%s=%s" % (name, quote_string(value))
        if len(lines[-1]) + len(text) + 1 < maxlen:
            lines[-1] += " " + text
            continue
        if len(text) + 2 <= maxlen:
            lines.append(" " + text)
            continue
        section = 0
        prefix = charset + "''"
        while value:
            chrome = len(name) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome + 3:
                maxlen = 78
            cut = limit = maxlen - chrome - 2
            while True:
                quoted = urllib.parse.quote(value[:cut], safe="", errors=handler)
                if len(quoted) <= limit:
                    break
                cut -= 1
            lines.append(" %s*%d*=%s%s" % (name, section, prefix, quoted))
            prefix = ""
            section += 1
            value = value[cut:]
            if value:
                lines[-1] += ";"


def fold_tree(tree, policy):
    """The text of a token tree folded into lines ending with linesep."""
    maxlen = policy.max_line_length or sys.maxsize
    encoding = "utf-8" if policy.utf8 else "us-ascii"
    lines = [""]
    after_ew = False
    last_ew = None
    last_cs = None
    blocked = 0
    want = False
    todo = list(tree.parts) if tree.is_list else [tree]
    while todo:
        part = todo.pop(0)
        if part is _UNBLOCK:
            blocked -= 1
            continue
        text = str(part)
        if not want:
            if part.kind == "ptext" or part.contains("vtext"):
                want = not SPECIALSNL.isdisjoint(text)
            else:
                want = not NLSET.isdisjoint(text)
        try:
            text.encode(encoding)
            charset = encoding
        except UnicodeEncodeError:
            charset = "unknown-8bit" if part.undecodable() else "utf-8"
            want = True
        if part.kind == "mime-parameters":
            _fold_params(part, lines, maxlen, encoding)
            after_ew = False
            continue
        if want and not blocked:
            if not part.ew_ok:
                want = False
                last_ew = None
                if part.brk:
                    sub = fold_tree(part, policy)[:-len(policy.linesep)]
                    if policy.linesep not in sub:
                        if len(sub) > maxlen - len(lines[-1]):
                            lines.append(_steal_wsp(lines))
                        lines[-1] += sub
                        after_ew = False
                        continue
            if part.is_list:
                todo[:0] = part.parts
                want = False
                continue
            if part.ew_ok:
                if (last_ew is not None and charset != last_cs and
                        (last_cs == "unknown-8bit" or
                         last_cs == "utf-8" and charset != "us-ascii")):
                    last_ew = None
                last_ew = _fold_as_ew(text, lines, maxlen, last_ew,
                                      part.combine, charset, after_ew)
                after_ew = True
                last_cs = charset
                want = False
                continue
            last_ew = None
            want = False
        if len(text) <= maxlen - len(lines[-1]):
            lines[-1] += text
            after_ew = after_ew and not text.strip(WSP_CHARS)
            continue
        if part.brk and len(text) + 1 <= maxlen:
            lead = _steal_wsp(lines)
            if lead or part.starts_fws():
                lines.append(lead + text)
                after_ew = after_ew and not lines[-1].strip(WSP_CHARS)
                last_ew = None
                continue
        if part.is_list:
            sub = list(part.parts)
            if part.kind == "bare-quoted-string":
                sub = ([Term('"', "ptext")] +
                       [Term(str(p).replace("\\", "\\\\").replace('"', '\\"'),
                             "ptext") for p in sub] + [Term('"', "ptext")])
            elif part.kind == "comment":
                sub = ([Term("(", "ptext")] +
                       [Term(_paren_pairs(p), "ptext") if p.kind == "ptext"
                        else p for p in sub] + [Term(")", "ptext")])
            if not part.ew_ok:
                blocked += 1
                sub.append(_UNBLOCK)
            todo[:0] = sub
            continue
        if part.ew_ok and not blocked:
            todo.insert(0, part)
            want = True
            continue
        lead = _steal_wsp(lines)
        if lead or part.starts_fws():
            lines.append(lead + text)
        else:
            lines[-1] += text
        after_ew = after_ew and not text.strip(WSP_CHARS)
    return policy.linesep.join(lines) + policy.linesep


def fold_header(name, tree, policy):
    """'name: value' folded, for a header whose value is tree."""
    whole = TList("header", [TList("header-label", [Term(name, "header-name"),
                                                     Term(":", "header-sep")],
                                   ew_ok=False)])
    if tree:
        whole.append(TList("cfws", [Term(" ", "fws")]))
    whole.append(tree)
    return fold_tree(whole, policy)
