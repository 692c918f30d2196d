"""Python 'uu_codec' Codec - UU content transfer encoding.

This codec de/encodes from bytes to bytes.

Written by Marc-Andre Lemburg (mal@lemburg.com). Some details were
adapted from uu.py which was written by Lance Ellinghouse and
modified by Jack Jansen and Fredrik Lundh.
"""
import binascii
from encodings import _kit


def _encode(input, errors='strict', filename='<data>', mode=0o666):
    assert errors == 'strict'
    data = bytes(input)
    out = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
    out.extend(binascii.b2a_uu(data[at:at + 45]) for at in range(0, len(data), 45))
    out.append(b' \nend\n')
    return (b''.join(out), len(input))


def _decode(input, errors='strict'):
    assert errors == 'strict'
    lines = iter(bytes(input).splitlines(keepends=True))
    for line in lines:
        if line.startswith(b'begin'):
            break
    else:
        raise ValueError('Missing "begin" line in input data')
    body = []
    for line in lines:
        if not line or line == b'end\n' or line.startswith(b'end'):
            break
        try:
            piece = binascii.a2b_uu(line)
        except binascii.Error:
            # some encoders pad lines oddly: decode only what the count says
            count = (((line[0] - 32) & 63) * 4 + 5) // 3
            piece = binascii.a2b_uu(line[:count])
        body.append(piece)
    else:
        raise ValueError('Truncated input data')
    return (b''.join(body), len(input))


_kit.stateless(globals(), 'uu', _encode, _decode, text=False)
