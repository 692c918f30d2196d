"""
Python 'utf-32-le' Codec
"""
import codecs
from encodings import _kit


def decode(input, errors='strict'):
    return codecs.utf_32_le_decode(input, errors, True)


_kit.stateless(globals(), 'utf-32-le', codecs.utf_32_le_encode, decode, codecs.utf_32_le_decode)
