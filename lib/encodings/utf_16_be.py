""" Python 'utf-16-be' Codec


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
import codecs
from encodings import _kit


def decode(input, errors='strict'):
    return codecs.utf_16_be_decode(input, errors, True)


_kit.stateless(globals(), 'utf-16-be', codecs.utf_16_be_encode, decode, codecs.utf_16_be_decode)
