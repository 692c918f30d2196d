"""Base64 for email: RFC 2047 'b' encoded words for headers and wrapped
base64 bodies (RFC 2045).  Folding headers is email.header's job."""

__all__ = ["body_decode", "body_encode", "decode", "decodestring",
           "header_encode", "header_length"]

import base64
import binascii
from base64 import b64encode
from binascii import a2b_base64, b2a_base64

from email import errors

CRLF = "\r\n"
NL = "\n"
EMPTYSTRING = ""

MISC_LEN = 7


def header_length(bytearray):
    """How long the base64 form of the bytes is."""
    return (len(bytearray) + 2) // 3 * 4


def header_encode(header_bytes, charset="iso-8859-1"):
    """One '=?charset?b?...?=' encoded word ('' for empty input)."""
    if not header_bytes:
        return ""
    if isinstance(header_bytes, str):
        header_bytes = header_bytes.encode(charset)
    return "=?%s?b?%s?=" % (charset, b64encode(header_bytes).decode("ascii"))


def body_encode(s, maxlinelen=76, eol=NL):
    """Base64 text of the bytes s in lines of at most maxlinelen
    characters, each ended by eol."""
    if not s:
        return ""
    step = maxlinelen * 3 // 4
    out = []
    for start in range(0, len(s), step):
        line = b2a_base64(s[start:start + step]).decode("ascii")
        if eol != NL and line.endswith(NL):
            line = line[:-1] + eol
        out.append(line)
    return "".join(out)


def decode(string):
    """The bytes of base64 text (str or bytes)."""
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("raw-unicode-escape")
    return a2b_base64(string)


body_decode = decode
decodestring = decode


def _decode_lenient(data):
    """(bytes, defects) for base64 data, decoded however it can be: missing
    padding added, stray characters skipped, undecodable data kept as is."""
    short = len(data) % 4
    padding = b"==="[:4 - short] if short else b""
    try:
        return (base64.b64decode(data + padding, validate=True),
                [errors.InvalidBase64PaddingDefect()] if short else [])
    except binascii.Error:
        pass
    try:
        return (base64.b64decode(data, validate=False),
                [errors.InvalidBase64CharactersDefect()])
    except binascii.Error:
        pass
    try:
        return (base64.b64decode(data + b"==", validate=False),
                [errors.InvalidBase64CharactersDefect(),
                 errors.InvalidBase64PaddingDefect()])
    except binascii.Error:
        return data, [errors.InvalidBase64LengthDefect()]
