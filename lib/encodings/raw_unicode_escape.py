""" Python 'raw-unicode-escape' Codec


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
import codecs
from encodings import _kit


# the C function itself, so that the warnings it gives point at the caller
decode = codecs.raw_unicode_escape_decode

_kit.stateless(globals(), 'raw-unicode-escape', codecs.raw_unicode_escape_encode, decode,
               codecs.raw_unicode_escape_decode,
               codec_class=True)
