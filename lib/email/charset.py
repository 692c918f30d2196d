"""Character sets as email sees them: how headers and bodies in each are
encoded (quoted-printable, base64 or not at all), and which charset the
output is converted to."""

__all__ = ["Charset", "add_alias", "add_charset", "add_codec"]

import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

QP = 1
BASE64 = 2
SHORTEST = 3

RFC2047_CHROME_LEN = 7          # =?, ?q?, ?= around an encoded word

DEFAULT_CHARSET = "us-ascii"
UNKNOWN8BIT = "unknown-8bit"
EMPTYSTRING = ""

# charset -> (header encoding, body encoding, output charset)
CHARSETS = {}
for _name in ("iso-8859-1 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-9 "
              "iso-8859-10 iso-8859-13 iso-8859-14 iso-8859-15 iso-8859-16 "
              "windows-1252 viscii").split():
    CHARSETS[_name] = (QP, QP, None)
CHARSETS["us-ascii"] = (None, None, None)
for _name in ("big5", "gb2312"):
    CHARSETS[_name] = (BASE64, BASE64, None)
for _name in ("euc-jp", "shift_jis"):
    CHARSETS[_name] = (BASE64, None, "iso-2022-jp")
CHARSETS["iso-2022-jp"] = (BASE64, None, None)
CHARSETS["koi8-r"] = (BASE64, BASE64, None)
CHARSETS["utf-8"] = (SHORTEST, BASE64, "utf-8")

ALIASES = {}
for _n, _latin in enumerate((1, 2, 3, 4, 9, 10, 13, 14, 15, 16), 1):
    for _sep in "_-":
        ALIASES["latin%s%d" % (_sep, _n)] = "iso-8859-%d" % _latin
ALIASES.update({"cp949": "ks_c_5601-1987", "euc_jp": "euc-jp",
                "euc_kr": "euc-kr", "ascii": "us-ascii"})
del _n, _latin, _sep, _name

# charset -> Python codec name, where they differ (None: no conversion)
CODEC_MAP = {"us-ascii": None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how a charset's headers and bodies are encoded (QP, BASE64,
    SHORTEST for headers only, or None) and what it is converted to."""
    if body_enc == SHORTEST:
        raise ValueError("SHORTEST not allowed for body_enc")
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    """Register another name for a charset."""
    ALIASES.update({alias: canonical})


def add_codec(charset, codecname):
    """Register the Python codec that handles a charset."""
    CODEC_MAP.update({charset: codecname})


def _encode(string, codec):
    if codec != UNKNOWN8BIT:
        return string.encode(codec)
    return string.encode("ascii", "surrogateescape")


class Charset:
    """A character set's email properties: input_charset (its canonical
    name), header_encoding and body_encoding (QP, BASE64, SHORTEST or
    None), output_charset, input_codec and output_codec."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, str):
                input_charset.encode("ascii")
            else:
                input_charset = str(input_charset, "ascii")
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = input_charset.lower()
        name = ALIASES.get(name, name)
        self.input_charset = name
        henc, benc, conv = CHARSETS.get(name, (SHORTEST, BASE64, None))
        conv = conv or name
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(name, name)
        self.output_codec = CODEC_MAP.get(self.output_charset,
                                          self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or a function that sets the
        Content-Transfer-Encoding of the message it is given."""
        assert self.body_encoding != SHORTEST
        return {QP: "quoted-printable", BASE64: "base64"}.get(
            self.body_encoding, encode_7or8bit)

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _get_encoder(self, header_bytes):
        """The module (base64mime or quoprimime) for encoding header bytes,
        None if they need no encoding."""
        how = self.header_encoding
        if how == SHORTEST:
            b64 = email.base64mime.header_length(header_bytes)
            qp = email.quoprimime.header_length(header_bytes)
            how = BASE64 if b64 < qp else QP
        if how == BASE64:
            return email.base64mime
        if how == QP:
            return email.quoprimime
        return None

    def header_encode(self, string):
        """string as one RFC 2047 encoded word (or unchanged if this
        charset needs no header encoding)."""
        codec = self.output_codec or "us-ascii"
        raw = _encode(string, codec)
        encoder = self._get_encoder(raw)
        if encoder is None:
            return string
        return encoder.header_encode(raw, codec)

    def header_encode_lines(self, string, maxlengths):
        """string as encoded words, one per line, each fitting the next
        length taken from the iterator maxlengths (chrome not counted);
        the first item is None when not even one character fits."""
        codec = self.output_codec or "us-ascii"
        encoder = self._get_encoder(_encode(string, codec))
        out_name = self.get_output_charset()
        chrome = len(out_name) + RFC2047_CHROME_LEN
        lines = []
        start = 0
        limit = next(maxlengths) - chrome
        for end in range(1, len(string) + 1):
            size = encoder.header_length(_encode(string[start:end], out_name))
            if size <= limit:
                continue
            if not lines and end - 1 == start:
                lines.append(None)
            else:
                lines.append(encoder.header_encode(
                    _encode(string[start:end - 1], codec), charset=codec))
            start = end - 1
            limit = next(maxlengths) - chrome
        lines.append(encoder.header_encode(_encode(string[start:], codec),
                                           charset=codec))
        return lines

    def body_encode(self, string):
        """A body in this charset's body encoding (as text)."""
        if not string:
            return string
        how = self.body_encoding
        data = string.encode(self.output_charset) \
            if isinstance(string, str) else string
        if how is BASE64:
            return email.base64mime.body_encode(data)
        if how is QP:
            return email.quoprimime.body_encode(data.decode("latin1"))
        return data.decode("ascii") if isinstance(string, str) else string
