"""Python 'utf-7' Codec

Written by Brian Quinlan (brian@sweetapp.com).
"""
import codecs
from encodings import _kit


def decode(input, errors='strict'):
    return codecs.utf_7_decode(input, errors, True)


_kit.stateless(globals(), 'utf-7', codecs.utf_7_encode, decode, codecs.utf_7_decode)
