"""Content managers: how EmailMessage.get_content() and set_content()
turn a part's payload into Python objects and back.  raw_data_manager
handles str (text parts), bytes (any other type) and messages."""

import binascii
import sys

import email.charset
import email.errors
import email.message
from email import quoprimime


class ContentManager:
    """get handlers keyed by 'maintype/subtype', 'maintype' or ''; set
    handlers keyed by type (or its qualified name) along the object's MRO,
    or None."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        for key in (msg.get_content_type(), msg.get_content_maintype(), ""):
            if key in self.get_handlers:
                return self.get_handlers[key](msg, *args, **kw)
        raise KeyError(msg.get_content_type())

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == "multipart":
            raise TypeError("set_content not valid on multipart")
        handler = self._find_set_handler(msg, obj)
        msg.clear_content()
        handler(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        first_name = None
        handlers = self.set_handlers
        for cls in type(obj).__mro__:
            if cls in handlers:
                return handlers[cls]
            qual = cls.__qualname__
            module = getattr(cls, "__module__", "")
            full = module + "." + qual if module else qual
            if first_name is None:
                first_name = full
            for key in (full, qual, cls.__name__):
                if key in handlers:
                    return handlers[key]
        if None in handlers:
            return handlers[None]
        raise KeyError(first_name)


raw_data_manager = ContentManager()


def get_text_content(msg, errors="replace"):
    data = msg.get_payload(decode=True)
    return data.decode(msg.get_param("charset", "ASCII"), errors=errors)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


def get_message_content(msg):
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    # A message/* type we do not know is handed back as its bytes.
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler("text", get_text_content)
for _main in ("audio", "image", "video", "application"):
    raw_data_manager.add_get_handler(_main, get_non_text_content)
for _sub in ("rfc822", "external-body"):
    raw_data_manager.add_get_handler("message/" + _sub, get_message_content)
raw_data_manager.add_get_handler("message",
                                 get_and_fixup_unknown_message_content)
del _main, _sub


def _prepare_set(msg, maintype, subtype, headers):
    msg["Content-Type"] = maintype + "/" + subtype
    if not headers:
        return
    if not hasattr(headers[0], "name"):
        pol = msg.policy
        headers = [pol.header_factory(*pol.header_source_parse([h]))
                   for h in headers]
    try:
        for h in headers:
            if h.defects:
                raise h.defects[0]
            msg[h.name] = h
    except email.errors.HeaderDefect as exc:
        raise ValueError("Invalid header: {}".format(
            h.fold(policy=msg.policy))) from exc


def _finalize_set(msg, disposition, filename, cid, params):
    if disposition is None and filename is not None:
        disposition = "attachment"
    if disposition is not None:
        msg["Content-Disposition"] = disposition
    if filename is not None:
        msg.set_param("filename", filename, header="Content-Disposition",
                      replace=True)
    if cid is not None:
        msg["Content-ID"] = cid
    for key, value in (params or {}).items():
        msg.set_param(key, value)


def _encode_base64(data, max_line_length):
    step = max_line_length // 4 * 3
    return "".join(binascii.b2a_base64(data[i:i + step]).decode("ascii")
                   for i in range(0, len(data), step))


def _encode_text(string, charset, cte, policy):
    """(cte, payload text) for string in charset, choosing the transfer
    encoding when cte is None."""
    maxlen = policy.max_line_length or sys.maxsize
    lines = string.encode(charset).splitlines()
    linesep = policy.linesep.encode("ascii")

    def embedded(ls):
        return linesep.join(ls) + linesep

    def normal(ls):
        return b"\n".join(ls) + b"\n"

    if cte is None:
        if max(map(len, lines), default=0) <= maxlen:
            body = normal(lines)
            if body.isascii():
                return "7bit", body.decode("ascii")
            if policy.cte_type == "8bit":
                return "8bit", body.decode("ascii", "surrogateescape")
        sample = embedded(lines[:10])
        sample_qp = quoprimime.body_encode(sample.decode("latin-1"), maxlen)
        if len(sample_qp) > len(binascii.b2a_base64(sample)):
            cte = "base64"
        else:
            cte = "quoted-printable"
            if len(lines) <= 10:
                return cte, sample_qp
    if cte == "7bit":
        return cte, normal(lines).decode("ascii")
    if cte == "8bit":
        return cte, normal(lines).decode("ascii", "surrogateescape")
    if cte == "quoted-printable":
        return cte, quoprimime.body_encode(normal(lines).decode("latin-1"),
                                           maxlen)
    if cte == "base64":
        return cte, _encode_base64(embedded(lines), maxlen)
    raise ValueError("Unknown content transfer encoding {}".format(cte))


def set_text_content(msg, string, subtype="plain", charset="utf-8", cte=None,
                     disposition=None, filename=None, cid=None,
                     params=None, headers=None):
    _prepare_set(msg, "text", subtype, headers)
    out_charset = email.charset.Charset(charset).output_charset
    cte, payload = _encode_text(string, out_charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param("charset", out_charset, replace=True)
    msg["Content-Transfer-Encoding"] = cte
    _finalize_set(msg, disposition, filename, cid, params)


def set_message_content(msg, message, subtype="rfc822", cte=None,
                        disposition=None, filename=None, cid=None,
                        params=None, headers=None):
    if subtype == "partial":
        raise ValueError("message/partial is not supported for Message objects")
    if subtype == "rfc822":
        if cte not in (None, "7bit", "8bit", "binary"):
            raise ValueError(
                "message/rfc822 parts do not support cte={}".format(cte))
        cte = cte or "8bit"
    elif subtype == "external-body":
        if cte not in (None, "7bit"):
            raise ValueError(
                "message/external-body parts do not support cte={}".format(cte))
        cte = "7bit"
    elif cte is None:
        cte = "7bit"
    _prepare_set(msg, "message", subtype, headers)
    msg.set_payload([message])
    msg["Content-Transfer-Encoding"] = cte
    _finalize_set(msg, disposition, filename, cid, params)


def set_bytes_content(msg, data, maintype, subtype, cte="base64",
                      disposition=None, filename=None, cid=None,
                      params=None, headers=None):
    _prepare_set(msg, maintype, subtype, headers)
    if cte == "base64":
        data = _encode_base64(data, max_line_length=msg.policy.max_line_length)
    elif cte == "quoted-printable":
        data = binascii.b2a_qp(data, istext=False, header=False,
                               quotetabs=True).decode("ascii")
    elif cte == "7bit":
        data = data.decode("ascii")
    elif cte in ("8bit", "binary"):
        data = data.decode("ascii", "surrogateescape")
    msg.set_payload(data)
    msg["Content-Transfer-Encoding"] = cte
    _finalize_set(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, set_text_content)
raw_data_manager.add_set_handler(email.message.Message, set_message_content)
for _typ in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_typ, set_bytes_content)
del _typ
