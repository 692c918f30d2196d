"""
Python 'utf-32' Codec
"""
from encodings import _kit

_kit.with_bom(globals(), 'utf-32', 32)
