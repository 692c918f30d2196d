"""
Python 'utf-32-be' Codec
"""
import codecs
from encodings import _kit


def decode(input, errors='strict'):
    return codecs.utf_32_be_decode(input, errors, True)


_kit.stateless(globals(), 'utf-32-be', codecs.utf_32_be_encode, decode, codecs.utf_32_be_decode)
