"""Parsers for structured header values (address lists, MIME types and
dispositions with parameters, transfer encodings, MIME-Version, message
ids), building the token trees of email._folding."""

import re
import urllib.parse

from email import errors, utils
from email._folding import (
    SPECIALS, WSP, EWSpace, Term, TList, _check_text, _words, quote_string,
    take_encoded_word)

LIST_SEP_KIND = "list-separator"
_ATOM_ENDS = SPECIALS | WSP
_PHRASE_ENDS = SPECIALS - set('."(')
_TOKEN_ENDS = (SPECIALS | set("/?=")) - {"."} | WSP


class _Reader:
    """A cursor over a header value."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def rest(self):
        return self.text[self.pos:]

    def take_while(self, stop):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in stop:
            self.pos += 1
        return self.text[start:self.pos]


def _comment(r):
    """A (possibly nested) comment at the cursor, as one terminal."""
    start = r.pos
    depth = 0
    while r.pos < len(r.text):
        ch = r.text[r.pos]
        r.pos += 1
        if ch == "\\":
            r.pos += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
    term = Term(r.text[start:r.pos], "comment", ew_ok=False)
    if depth:
        term.defects.append(errors.InvalidHeaderDefect(
            "end of header inside comment"))
    return term


def _cfws(r):
    """White space and comments at the cursor, or None."""
    parts = []
    while True:
        ch = r.peek()
        if ch and ch in WSP:
            start = r.pos
            while r.peek() in WSP and r.peek():
                r.pos += 1
            parts.append(Term(r.text[start:r.pos], "fws"))
        elif ch == "(":
            parts.append(_comment(r))
        else:
            break
    return TList("cfws", parts) if parts else None


def _wrapped(kind, r, inner, **kw):
    """[cfws] inner [cfws] as a list of the given kind."""
    out = TList(kind, **kw)
    lead = _cfws(r)
    if lead:
        out.append(lead)
    out.append(inner(r))
    trail = _cfws(r)
    if trail:
        out.append(trail)
    return out


def _quoted_content(r):
    """The text of a quoted string (cursor on the opening quote)."""
    r.pos += 1
    chars = []
    closed = False
    while r.pos < len(r.text):
        ch = r.text[r.pos]
        r.pos += 1
        if ch == "\\" and r.pos < len(r.text):
            chars.append(r.text[r.pos])
            r.pos += 1
        elif ch == '"':
            closed = True
            break
        else:
            chars.append(ch)
    text = "".join(chars)
    bare = TList("bare-quoted-string", _words(text, "ptext"))
    if not closed:
        bare.defects.append(errors.InvalidHeaderDefect(
            "end of header inside quoted string"))
    return bare


class _Bare(TList):
    def __str__(self):
        return '"' + "".join(str(p) for p in self.parts).replace(
            "\\", "\\\\").replace('"', '\\"') + '"'


def _quoted(r):
    def inner(r):
        bare = _quoted_content(r)
        q = _Bare("bare-quoted-string", bare.parts)
        q.defects = bare.defects
        q.text = "".join(str(p) for p in bare.parts)
        return q
    return _wrapped("quoted-string", r, inner)


def _atext(r, ends):
    rest = r.rest()
    if rest.startswith("=?"):
        try:
            ew, after = take_encoded_word(rest, "vtext")
        except errors.HeaderParseError:
            pass
        else:
            r.pos = len(r.text) - len(after)
            return ew
    return _check_text(Term(r.take_while(ends), "atext"))


def _dot(r):
    r.pos += 1
    return Term(".", "dot")


def _core_is_ew(word, first):
    cores = [p for p in word.parts if p.kind != "cfws"]
    if not cores:
        return False
    return (cores[0] if first else cores[-1]).kind == "encoded-word"


def _join_encoded_words(words):
    """White space between two encoded words is not part of the text."""
    for w, nxt in zip(words, words[1:]):
        if w.kind != "atom" or not w.parts or w.parts[-1].kind != "cfws":
            continue
        gap = w.parts[-1]
        if any(p.kind != "fws" for p in gap.parts):
            continue
        if _core_is_ew(w, False) and nxt.kind == "atom" and _core_is_ew(nxt, True):
            w.parts[-1] = EWSpace(str(gap), "fws")


def _phrase(r):
    """Words (atoms, quoted strings, encoded words, dots) up to a special;
    returns (display-name list, display name value)."""
    words = []
    while True:
        ch = r.peek()
        if ch == '"':
            words.append(_quoted(r))
        elif ch == ".":
            words.append(_wrapped("atom", r, _dot))
        elif ch and (ch in WSP or ch == "("):
            words.append(_cfws(r))
        elif ch and ch not in _PHRASE_ENDS:
            words.append(_wrapped("atom", r, lambda r: _atext(r, _ATOM_ENDS)))
        else:
            break
    _join_encoded_words(words)
    pieces = []
    for w in words:
        for p in (w.parts if w.kind != "cfws" else [w]):
            if p.kind == "cfws":
                pieces.append(("ws", " "))
            elif p.kind == "encoded-word":
                pieces.append(("ew", str(p)))
            elif p.kind == "bare-quoted-string":
                pieces.append(("word", p.text))
            else:
                pieces.append(("word", str(p)))
    while pieces and pieces[0][0] == "ws":
        pieces.pop(0)
    while pieces and pieces[-1][0] == "ws":
        pieces.pop()
    kept = [piece for i, piece in enumerate(pieces)
            if not (piece[0] == "ws" and pieces[i - 1][0] == "ew"
                    and i + 1 < len(pieces) and pieces[i + 1][0] == "ew")]
    name = TList("display-name", words, combine=False)
    return name, "".join(text for _, text in kept)


def _dot_atom(r, kind):
    parts = []
    lead = _cfws(r)
    if lead:
        parts.append(lead)
    while True:
        ch = r.peek()
        if ch == ".":
            r.pos += 1
            parts.append(Term(".", "dot"))
        elif ch and ch not in _ATOM_ENDS:
            parts.append(_check_text(Term(r.take_while(_ATOM_ENDS), "atext")))
        else:
            break
    trail = _cfws(r)
    if trail:
        parts.append(trail)
    return TList(kind, parts, ew_ok=False)


def _addr_spec(r, strict=False):
    """local-part [@ domain]: (tree, local part, domain or None).  With
    strict, a missing domain after '@' raises HeaderParseError."""
    spec = TList("addr-spec", ew_ok=False)
    if r.rest().lstrip(" \t").startswith('"'):
        local = _quoted(r)
        local._ew_ok = False
        local_value = "".join(p.text for p in local.parts
                              if p.kind == "bare-quoted-string")
    else:
        local = _dot_atom(r, "local-part")
        local_value = "".join(str(p) for p in local.parts if p.kind != "cfws")
    spec.append(local)
    if r.peek() != "@":
        spec.defects.append(errors.InvalidHeaderDefect(
            "addr-spec local part with no domain"))
        return spec, local_value, None
    r.pos += 1
    spec.append(Term("@", "address-at-symbol"))
    if r.rest().lstrip(" \t").startswith("["):
        lead = _cfws(r)
        literal = r.take_while({"]"})
        if r.peek() == "]":
            r.pos += 1
            literal += "]"
        domain = TList("domain-literal", [lead] if lead else [], ew_ok=False)
        domain.append(Term(literal, "ptext", ew_ok=False))
        trail = _cfws(r)
        if trail:
            domain.append(trail)
        domain_value = literal
    else:
        domain = _dot_atom(r, "domain")
        domain_value = "".join(str(p) for p in domain.parts if p.kind != "cfws")
        if r.peek() == "@":
            if strict:
                raise errors.HeaderParseError("Invalid Domain")
            spec.defects.append(errors.InvalidHeaderDefect("Invalid Domain"))
        if not domain_value:
            if strict:
                raise errors.HeaderParseError(
                    "expected domain but found '{}'".format(r.rest()))
            spec.defects.append(errors.InvalidHeaderDefect(
                "expected domain but found '{}'".format(r.rest())))
    spec.append(domain)
    return spec, local_value, domain_value


def _angle_addr(r):
    angle = TList("angle-addr")
    lead = _cfws(r)
    if lead:
        angle.append(lead)
    r.pos += 1
    angle.append(Term("<", "angle-addr-start"))
    if r.peek() == ">":
        r.pos += 1
        angle.append(Term(">", "angle-addr-end"))
        return angle, "", None
    if r.peek() == "@":
        r.take_while({":", ">"})
        if r.peek() == ":":
            r.pos += 1
    spec, local, domain = _addr_spec(r)
    angle.append(spec)
    if r.peek() == ">":
        r.pos += 1
        angle.append(Term(">", "angle-addr-end"))
    else:
        angle.defects.append(errors.InvalidHeaderDefect(
            "missing trailing '>' on angle-addr"))
    trail = _cfws(r)
    if trail:
        angle.append(trail)
    return angle, local, domain


def _mailbox(r):
    """A mailbox: (tree, display name, local part, domain)."""
    start = r.pos
    name, value = _phrase(r)
    if r.peek() == "<":
        angle, local, domain = _angle_addr(r)
        tree = TList("mailbox", [TList("name-addr", [name, angle])])
        return tree, value, local, domain
    r.pos = start
    spec, local, domain = _addr_spec(r)
    return TList("mailbox", [spec]), "", local, domain


def _skip_invalid(r, stops):
    junk = r.take_while(stops)
    term = Term(junk, "invalid", ew_ok=False)
    term.defects.append(errors.InvalidHeaderDefect(
        "invalid address in address-list"))
    return term


def parse_address_list(value):
    """(tree, [(group name or None, [(name, local, domain)])])."""
    r = _Reader(value)
    tree = TList("address-list")
    groups = []
    while r.pos < len(r.text):
        start = r.pos
        name, group_name = _phrase(r)
        if r.peek() == ":":
            r.pos += 1
            members = []
            grp = TList("group", [name, Term(":", "group-display-name-terminator")])
            mlist = TList("mailbox-list")
            while True:
                lead = _cfws(r)
                if lead:
                    mlist.append(lead)
                if r.peek() in (";", ""):
                    break
                mb, dn, lp, dom = _mailbox(r)
                mlist.append(mb)
                members.append((dn, lp, dom))
                if r.peek() == ",":
                    r.pos += 1
                    mlist.append(Term(",", LIST_SEP_KIND, ew_ok=False, brk=False))
                elif r.peek() not in (";", ""):
                    mlist.append(_skip_invalid(r, {",", ";"}))
            if mlist:
                grp.append(TList("group-list", [mlist]))
            if r.peek() == ";":
                r.pos += 1
                grp.append(Term(";", "group-terminator"))
            else:
                grp.defects.append(errors.InvalidHeaderDefect(
                    "group ended without ';'"))
            trail = _cfws(r)
            if trail:
                grp.append(trail)
            tree.append(TList("address", [grp]))
            groups.append((group_name, members))
        else:
            r.pos = start
            mb, dn, lp, dom = _mailbox(r)
            tree.append(TList("address", [mb]))
            groups.append((None, [(dn, lp, dom)]))
        if r.peek() == ",":
            r.pos += 1
            tree.append(Term(",", LIST_SEP_KIND, ew_ok=False, brk=False))
        elif r.pos < len(r.text):
            tree.append(_skip_invalid(r, {","}))
    return tree, groups


def parse_addr_spec(value):
    """(local part, domain, unparsed rest, defects) of an addr-spec."""
    r = _Reader(value)
    spec, local, domain = _addr_spec(r, strict=True)
    return local, domain, r.rest(), spec.all_defects()


# ---- MIME headers --------------------------------------------------------

_PARAM_NAME = re.compile(r"([^*]*)(?:\*(\d+))?(\*)?$")


def _param_piece(item):
    """(name, section, extended, charset, text) of one 'name=value'."""
    name, eq, val = item.partition("=")
    name = name.strip()
    m = _PARAM_NAME.match(name)
    base, section, extended = m.group(1), int(m.group(2) or 0), bool(m.group(3))
    val = val.strip()
    charset = None
    if val.startswith('"'):
        val = utils.unquote(val) if len(val) > 1 and val.endswith('"') else val[1:]
    elif val:
        val = val.split()[0]
    if extended and section == 0 and val.count("'") >= 2:
        charset, _, rest = val.split("'", 2)
        val = rest
    return base.strip(), section, extended, charset, val


def _params(text):
    """[(name, value)] of '; a=b; c*=...' text: RFC 2231 sections joined
    and decoded, names in the order they first appear."""
    from email.message import _parseparam
    by_name = {}
    for item in _parseparam("x" + text, False)[1:]:
        piece = _param_piece(item)
        by_name.setdefault(piece[0], []).append(piece)
    out = []
    for name, pieces in by_name.items():
        pieces = sorted(pieces, key=lambda p: p[1])
        first = pieces[0]
        if not first[2] and len(pieces) > 1 and pieces[1][1] == 0:
            pieces = pieces[:1]
        charset = first[3]
        values = []
        expect = 0
        for _, section, extended, _, val in pieces:
            if section != expect and not extended:
                continue
            expect += 1
            if extended:
                raw = urllib.parse.unquote_to_bytes(val)
                try:
                    val = raw.decode(charset or "us-ascii", "surrogateescape")
                except (LookupError, UnicodeEncodeError):
                    val = raw.decode("us-ascii", "surrogateescape")
            values.append(val)
        out.append((name, "".join(values)))
    return out


class _Params(TList):
    """Parameters: shown as ' name="value"; ...' whatever their source."""

    def __str__(self):
        shown = "; ".join("%s=%s" % (n, quote_string(v)) if v else n
                          for n, v in self.params)
        return " " + shown if shown else ""


def _token_tree(kind, text, ew_ok=False, brk=True):
    return TList(kind, _words(text, "ttext"), ew_ok=ew_ok, brk=brk)


def parse_parameterized(value, kind):
    """(tree, main value, params, defects) of 'value; name=val ...'."""
    head, semi, rest = value.partition(";")
    tree = _token_tree(kind, head, brk=False)
    defects = []
    params = []
    if semi:
        tree.append(Term(";", "parameter-separator"))
        params = _params(";" + rest)
        mp = _Params("mime-parameters", _words(rest, "ttext"), brk=False)
        mp.params = params
        tree.append(mp)
    return tree, head.strip(), params, defects


def parse_content_type(value):
    """(tree, maintype, subtype, params, defects)."""
    if not value:
        return (TList("content-type", ew_ok=False), "text", "plain", [],
                [errors.HeaderMissingRequiredValue(
                    "Missing content type specification")])
    tree, head, params, defects = parse_parameterized(value, "content-type")
    main, slash, sub = head.partition("/")
    main, sub = main.strip().lower(), sub.strip().lower()
    if not slash or not main or not sub or _TOKEN_ENDS & set(main + sub):
        defects.append(errors.InvalidHeaderDefect("Invalid content type"))
        main, sub = "text", "plain"
    return tree, main, sub, params, defects


def parse_disposition(value):
    tree, head, params, defects = parse_parameterized(
        value, "content-disposition")
    return tree, (head.lower() or None), params, defects


def parse_token(value, kind):
    """(tree, token lowercased, defects) of a one-token header."""
    tree = _token_tree(kind, value)
    return tree, value.strip().lower(), []


def parse_mime_version(value):
    """(tree, major, minor, defects)."""
    tree = _token_tree("mime-version", value)
    m = re.fullmatch(r"\s*(?:\([^)]*\)\s*)*(\d+)\s*\.\s*(\d+)\s*(?:\([^)]*\)\s*)*",
                     value)
    if not value:
        return tree, None, None, [errors.HeaderMissingRequiredValue(
            "Missing MIME version number (eg: 1.0)")]
    if m is None:
        return tree, None, None, [errors.InvalidHeaderDefect(
            "Expected MIME version number but found {!r}".format(value))]
    return tree, int(m.group(1)), int(m.group(2)), []
