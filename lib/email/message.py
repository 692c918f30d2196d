"""The message object model: a list of headers and a payload (a string,
or a list of messages for a multipart)."""

__all__ = ["Message", "EmailMessage"]

import binascii
import quopri
import re
from io import BytesIO, StringIO

from email import charset as _charset
from email import errors, utils
from email.base64mime import _decode_lenient
from email._policybase import compat32

Charset = _charset.Charset

SEMISPACE = "; "

tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')

_MISSING = object()


def _splitparam(param):
    """('type', 'rest of params') of a header value; rest None if no ';'."""
    head, semi, rest = str(param).partition(";")
    return head.strip(), (rest.strip() if semi else None)


def _formatparam(param, value=None, quote=True):
    """'name=value' for a parameter: quoted when asked or needed, RFC 2231
    encoded for a (charset, language, text) triple or non-ASCII text, the
    bare name when there is no value."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return "%s*=%s" % (param, utils.encode_rfc2231(value[2], value[0],
                                                       value[1]))
    if not value.isascii():
        return "%s*=%s" % (param, utils.encode_rfc2231(value, "utf-8", ""))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return "%s=%s" % (param, value)


def _parseparam(s, _lower=True):
    """Split 'type; a=1; b="x;y"' into ['type', 'a=1', 'b="x;y"'] (a ';'
    inside quotes does not split); names are lowercased."""
    text = ";" + str(s)
    found = []
    pos = 0
    while text.startswith(";", pos):
        pos += 1
        stop = text.find(";", pos)
        probe = pos
        quotes = 0
        while stop > 0:
            quotes += text.count('"', probe, stop) - text.count('\\"', probe, stop)
            if quotes % 2 == 0:
                break
            stop, probe = probe, text.find(";", stop + 1)
        if stop < 0:
            stop = len(text)
        eq = text.find("=", pos, stop)
        if eq == -1:
            item = text[pos:stop]
        else:
            key = text[pos:eq].rstrip()
            item = (key.lower() if _lower else key) + "=" + text[eq + 1:stop].lstrip()
        found.append(item.strip())
        pos = stop
    return found


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _decode_uu(encoded):
    """The data of a uuencoded body ('begin MODE NAME' ... 'end')."""
    lines = iter(encoded.splitlines())
    for line in lines:
        if not line.startswith(b"begin "):
            continue
        mode = line[6:].partition(b" ")[0]
        try:
            int(mode, 8)
        except ValueError:
            continue
        break
    else:
        raise ValueError("`begin` line not found")
    chunks = []
    for line in lines:
        if not line:
            raise ValueError("Truncated input")
        if line.strip(b" \t\r\n\f") == b"end":
            break
        try:
            chunks.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Trailing garbage: keep only the bytes the length char promises.
            keep = (((line[0] - 32) & 63) * 4 + 5) // 3
            chunks.append(binascii.a2b_uu(line[:keep]))
    return b"".join(chunks)




class Message:
    """A message: headers (in order, names compared without case, repeats
    allowed) and a payload; an optional Unix From_ envelope line."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = None
        self.epilogue = None
        self.defects = []
        self._default_type = "text/plain"

    # ---- output --------------------------------------------------------

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message flattened to text (headers not folded unless
        maxheaderlen is given)."""
        from email.generator import Generator
        out = StringIO()
        gen = Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                        policy=self.policy if policy is None else policy)
        gen.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message flattened to bytes."""
        from email.generator import BytesGenerator
        out = BytesIO()
        gen = BytesGenerator(out, mangle_from_=False,
                             policy=self.policy if policy is None else policy)
        gen.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    # ---- payload -------------------------------------------------------

    def is_multipart(self):
        """True if the payload is a list of sub-messages."""
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Add a sub-message to the payload list (made if need be)."""
        if self._payload is None:
            self._payload = [payload]
            return
        try:
            self._payload.append(payload)
        except AttributeError:
            raise TypeError("Attach is not valid on a message with a"
                            " non-multipart payload")

    def _undecoded_payload(self, payload):
        if not isinstance(payload, str) or not utils._has_surrogates(payload):
            return payload
        try:
            raw = payload.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            return payload
        try:
            return raw.decode(self.get_content_charset("ascii"), "replace")
        except LookupError:
            return raw.decode("ascii", "replace")

    def get_payload(self, i=None, decode=False):
        """The payload (the list, or item i of it, for a multipart).  With
        decode, the bytes of a single part undone from its
        Content-Transfer-Encoding (None for a multipart)."""
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError("Expected list, got %s" % type(self._payload))
        payload = self._payload
        cte = self.get("content-transfer-encoding", "")
        cte = cte.cte if hasattr(cte, "cte") else str(cte).strip().lower()
        if not decode:
            return self._undecoded_payload(payload)
        if isinstance(payload, str):
            try:
                raw = payload.encode("ascii", "surrogateescape")
            except UnicodeEncodeError:
                raw = payload.encode("raw-unicode-escape")
        else:
            raw = payload
        if cte == "quoted-printable":
            return quopri.decodestring(raw)
        if cte == "base64":
            data, defects = _decode_lenient(b"".join(raw.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return data
        if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
            try:
                return _decode_uu(raw)
            except ValueError:
                return raw
        return raw if isinstance(payload, str) else payload

    def set_payload(self, payload, charset=None):
        """Replace the payload; a charset also goes to set_charset()."""
        if hasattr(payload, "encode"):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset, "surrogateescape")
        if hasattr(payload, "decode"):
            self._payload = payload.decode("ascii", "surrogateescape")
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Declare the payload's charset (a Charset or its name), adding
        the MIME headers it needs; None removes the charset parameter."""
        if charset is None:
            self.del_param("charset")
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        out_name = charset.get_output_charset()
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" in self:
            self.set_param("charset", out_name)
        else:
            self.add_header("Content-Type", "text/plain", charset=out_name)
        if charset != out_name:
            self._payload = charset.body_encode(self._payload)
        if "Content-Transfer-Encoding" in self:
            return
        cte = charset.get_body_encoding()
        try:
            cte(self)
        except TypeError:
            body = self._payload
            if body:
                try:
                    body = body.encode("ascii", "surrogateescape")
                except UnicodeError:
                    body = body.encode(charset.output_charset)
            self._payload = charset.body_encode(body)
            self.add_header("Content-Transfer-Encoding", cte)

    def get_charset(self):
        return self._charset

    # ---- headers as a mapping -----------------------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Append a header (existing ones of that name stay)."""
        limit = self.policy.header_max_count(name)
        if limit:
            key = name.lower()
            have = sum(1 for k, _ in self._headers if k.lower() == key)
            if have >= limit:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header called name (no error if there is none)."""
        key = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != key]

    def __contains__(self, name):
        key = name.lower()
        return any(k.lower() == key for k, _ in self._headers)

    def __iter__(self):
        for name, _ in self._headers:
            yield name

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        fetch = self.policy.header_fetch_parse
        return [fetch(k, v) for k, v in self._headers]

    def items(self):
        fetch = self.policy.header_fetch_parse
        return [(k, fetch(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        """The first header called name, or failobj."""
        key = name.lower()
        for k, v in self._headers:
            if k.lower() == key:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        """Store a header exactly as given (for parsers)."""
        self._headers.append((name, value))

    def raw_items(self):
        """The stored (name, value) pairs (for generators)."""
        return iter(list(self._headers))

    def get_all(self, name, failobj=None):
        """Every header called name, in order, or failobj if none."""
        key = name.lower()
        fetch = self.policy.header_fetch_parse
        found = [fetch(k, v) for k, v in self._headers if k.lower() == key]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        """Append a header with parameters: keyword names have '_' turned
        into '-'; a None value gives a bare name; a (charset, language,
        text) value or non-ASCII text is RFC 2231 encoded."""
        parts = [] if _value is None else [_value]
        for key, val in _params.items():
            key = key.replace("_", "-")
            parts.append(key if val is None else _formatparam(key, val))
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Change the first header called _name in place (KeyError if
        there is none)."""
        key = _name.lower()
        for index, (k, _) in enumerate(self._headers):
            if k.lower() == key:
                self._headers[index] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(key)

    # ---- content type and parameters ----------------------------------

    def get_content_type(self):
        """'maintype/subtype' in lower case, the default type when there
        is no Content-Type, text/plain when it is malformed."""
        value = self.get("content-type", _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        return ctype if ctype.count("/") == 1 else "text/plain"

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        pairs = []
        for item in _parseparam(value):
            name, eq, val = item.partition("=")
            pairs.append((name.strip(), val.strip()) if eq else (item.strip(), ""))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header="content-type", unquote=True):
        """[(name, value)] of a header's parameters, the first being the
        value itself; failobj if the header is missing."""
        pairs = self._get_params_preserve(_MISSING, header)
        if pairs is _MISSING:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in pairs]
        return pairs

    def get_param(self, param, failobj=None, header="content-type",
                  unquote=True):
        """One parameter's value (a string, or a (charset, language, text)
        triple if RFC 2231 encoded), or failobj."""
        if header not in self:
            return failobj
        want = param.lower()
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == want:
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True,
                  charset=None, language="", replace=False):
        """Set (or change) a parameter of a header; a missing Content-Type
        starts as text/plain."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        if header.lower() == "content-type" and header not in self:
            current = "text/plain"
        else:
            current = self.get(header)
        if self.get_param(param, header=header):
            pieces = []
            want = param.lower()
            for k, v in self.get_params(header=header, unquote=requote):
                if k.lower() == want:
                    pieces.append(_formatparam(param, value, requote))
                else:
                    pieces.append(_formatparam(k, v, requote))
            new = self._join_nonempty(pieces)
        else:
            added = _formatparam(param, value, requote)
            new = SEMISPACE.join([current, added]) if current else added
        if new == self.get(header):
            return
        if replace:
            self.replace_header(header, new)
        else:
            del self[header]
            self[header] = new

    @staticmethod
    def _join_nonempty(pieces):
        """Join with '; ', where an empty piece is dropped only while
        nothing has been gathered yet (as the historical loop did)."""
        out = ""
        for piece in pieces:
            out = SEMISPACE.join([out, piece]) if out else piece
        return out

    def del_param(self, param, header="content-type", requote=True):
        """Remove a parameter from a header (if the header is there)."""
        if header not in self:
            return
        want = param.lower()
        kept = [_formatparam(k, v, requote)
                for k, v in self.get_params(header=header, unquote=requote)
                if k.lower() != want]
        new = self._join_nonempty(kept)
        if new != self.get(header):
            del self[header]
            self[header] = new

    def set_type(self, type, header="Content-Type", requote=True):
        """Change the maintype/subtype of a header, keeping its parameters
        (Content-Type also gets MIME-Version: 1.0)."""
        if type.count("/") != 1:
            raise ValueError
        if header.lower() == "content-type":
            del self["mime-version"]
            self["MIME-Version"] = "1.0"
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for k, v in params[1:]:
            self.set_param(k, v, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename (or Content-Type's name), decoded
        and stripped; failobj if neither is there."""
        name = self.get_param("filename", _MISSING, "content-disposition")
        if name is _MISSING:
            name = self.get_param("name", _MISSING, "content-type")
        if name is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        """The multipart boundary parameter, or failobj."""
        value = self.get_param("boundary", _MISSING)
        if value is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(value).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter, keeping Content-Type where it is
        among the headers (HeaderParseError if there is none)."""
        params = self._get_params_preserve(_MISSING, "content-type")
        if params is _MISSING:
            raise errors.HeaderParseError("No Content-Type header found")
        quoted = '"%s"' % boundary
        changed = [("boundary", quoted) if k.lower() == "boundary" else (k, v)
                   for k, v in params]
        if not any(k.lower() == "boundary" for k, _ in params):
            changed.append(("boundary", quoted))
        text = SEMISPACE.join(k if v == "" else "%s=%s" % (k, v)
                              for k, v in changed)
        store = self.policy.header_store_parse
        self._headers = [store(h, text) if h.lower() == "content-type"
                         else (h, v) for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        """The charset parameter in lower case, or failobj."""
        cs = self.get_param("charset", _MISSING)
        if cs is _MISSING:
            return failobj
        if isinstance(cs, tuple):
            try:
                cs = str(cs[2].encode("raw-unicode-escape"), cs[0] or "us-ascii")
            except (LookupError, UnicodeError):
                cs = cs[2]
        if not cs.isascii():
            return failobj
        return cs.lower()

    def get_charsets(self, failobj=None):
        """get_content_charset() of this message and every part in it."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """Content-Disposition's value (e.g. 'attachment'), lowercased."""
        value = self.get("content-disposition")
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    from email.iterators import walk


class MIMEPart(Message):
    """A message part under a modern policy (email.policy.default unless
    given), with content-manager access and multipart helpers."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        Message.__init__(self, policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """As Message.as_string, but maxheaderlen defaults to the policy's
        max_line_length."""
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return Message.as_string(self, unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        """True if Content-Disposition is attachment."""
        disp = self.get("content-disposition")
        return disp is not None and disp.content_disposition == "attachment"

    def _find_body(self, part, preferencelist):
        """(preference index, part) for the candidate bodies under part."""
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split("/")
        if maintype == "text":
            if subtype in preferencelist:
                yield preferencelist.index(subtype), part
            return
        if maintype != "multipart" or not part.is_multipart():
            return
        if subtype != "related":
            for sub in part.iter_parts():
                yield from self._find_body(sub, preferencelist)
            return
        if "related" in preferencelist:
            yield preferencelist.index("related"), part
        root = None
        start = part.get_param("start")
        if start:
            for sub in part.iter_parts():
                if sub["content-id"] == start:
                    root = sub
                    break
        if root is None:
            subs = part.get_payload()
            root = subs[0] if subs else None
        if root is not None:
            yield from self._find_body(root, preferencelist)

    def get_body(self, preferencelist=("related", "html", "plain")):
        """The part best suited as the body, trying the subtypes of
        preferencelist in order (attachments skipped), or None."""
        best = len(preferencelist)
        body = None
        for rank, part in self._find_body(self, preferencelist):
            if rank < best:
                best, body = rank, part
                if rank == 0:
                    break
        return body

    _body_types = {("text", "plain"), ("text", "html"),
                   ("multipart", "related"), ("multipart", "alternative")}

    def iter_attachments(self):
        """The parts of a multipart other than its body candidates (the
        first text/plain, text/html, multipart/related and
        multipart/alternative that are not attachments)."""
        maintype, subtype = self.get_content_type().split("/")
        if maintype != "multipart" or subtype == "alternative":
            return
        payload = self.get_payload()
        try:
            parts = payload.copy()
        except AttributeError:
            return
        if subtype == "related":
            start = self.get_param("start")
            if start:
                others = [p for p in parts if p.get("content-id") != start]
                if len(others) != len(parts):
                    yield from others
                    return
            yield from parts[1:]
            return
        seen = set()
        for part in parts:
            kind = tuple(part.get_content_type().split("/"))
            if (kind in self._body_types and not part.is_attachment()
                    and kind[1] not in seen):
                seen.add(kind[1])
                continue
            yield part

    def iter_parts(self):
        """The sub-parts of a multipart (nothing for other parts)."""
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        manager = self.policy.content_manager if content_manager is None \
            else content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        manager = self.policy.content_manager if content_manager is None \
            else content_manager
        manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == "multipart":
            current = self.get_content_subtype()
            if current in disallowed_subtypes + (subtype,):
                raise ValueError("Cannot convert {} to {}".format(current, subtype))
        keep = [(n, v) for n, v in self._headers
                if not n.lower().startswith("content-")]
        moved = [(n, v) for n, v in self._headers
                 if n.lower().startswith("content-")]
        if moved:
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep
        self["Content-Type"] = "multipart/" + subtype
        if boundary is not None:
            self.set_param("boundary", boundary)

    def make_related(self, boundary=None):
        self._make_multipart("related", ("alternative", "mixed"), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart("alternative", ("mixed",), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart("mixed", (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != "multipart" or
                self.get_content_subtype() != _subtype):
            getattr(self, "make_" + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and "content-disposition" not in part:
            part["Content-Disposition"] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart("related", *args, _disp="inline", **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart("alternative", *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart("mixed", *args, _disp="attachment", **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith("content-")]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under a modern policy; set_content() also adds
    MIME-Version."""

    def set_content(self, *args, **kw):
        MIMEPart.set_content(self, *args, **kw)
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"
