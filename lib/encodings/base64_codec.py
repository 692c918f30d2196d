"""Python 'base64_codec' Codec - base64 content transfer encoding.

This codec de/encodes from bytes to bytes.

Written by Marc-Andre Lemburg (mal@lemburg.com).
"""
import base64
from encodings import _kit


def _encode(input, errors='strict'):
    assert errors == 'strict'
    return (base64.encodebytes(input), len(input))


def _decode(input, errors='strict'):
    assert errors == 'strict'
    return (base64.decodebytes(input), len(input))


_kit.stateless(globals(), 'base64', _encode, _decode, text=False)
