""" Python 'utf-16-le' Codec


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
import codecs
from encodings import _kit


def decode(input, errors='strict'):
    return codecs.utf_16_le_decode(input, errors, True)


_kit.stateless(globals(), 'utf-16-le', codecs.utf_16_le_encode, decode, codecs.utf_16_le_decode)
