""" Python 'ascii' Codec


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
import codecs
from encodings import _kit

_kit.stateless(globals(), 'ascii', codecs.ascii_encode, codecs.ascii_decode)
