"""Codec for quoted-printable encoding.

This codec de/encodes from bytes to bytes.
"""
import binascii
from encodings import _kit


def _encode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.b2a_qp(bytes(input), quotetabs=True), len(input))


def _decode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.a2b_qp(bytes(input)), len(input))


_kit.stateless(globals(), 'quopri', _encode, _decode, text=False)
