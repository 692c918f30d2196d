"""Quoted-printable transfer encoding (RFC 1521), over binascii's codec."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

from binascii import a2b_qp, b2a_qp

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""


def needsquoting(c, quotetabs, header):
    """Whether the one-byte bytes c must be written as =XX."""
    assert isinstance(c, bytes)
    if c == b" " or c == b"\t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    """=XX for the one-byte bytes c."""
    assert isinstance(c, bytes) and len(c) == 1
    return b"=%02X" % c[0]


def encode(input, output, quotetabs, header=False):
    """Encode binary file input into binary file output."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Decode binary file input into binary file output ('_' is a space
    when header is true)."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte bytes c is an ASCII hex digit."""
    assert isinstance(c, bytes)
    return c in (b"0123456789abcdefABCDEF"[i:i + 1] for i in range(22))


def unhex(s):
    """The value of a string of hex digits."""
    value = 0
    for ch in s:
        digit = "0123456789abcdef".find(chr(ch).lower())
        assert digit >= 0, "non-hex digit " + repr(bytes((ch,)))
        value = value * 16 + digit
    return value
