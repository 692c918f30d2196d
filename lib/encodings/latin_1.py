""" Python 'latin-1' Codec


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
import codecs
from encodings import _kit

_kit.stateless(globals(), 'iso8859-1', codecs.latin_1_encode, codecs.latin_1_decode)
