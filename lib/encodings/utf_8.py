""" Python 'utf-8' Codec


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
import codecs
from encodings import _kit


def decode(input, errors='strict'):
    return codecs.utf_8_decode(input, errors, True)


_kit.stateless(globals(), 'utf-8', codecs.utf_8_encode, decode, codecs.utf_8_decode)
