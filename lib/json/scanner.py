"""JSON token scanner
"""
# The scanner is the C one of _json: make_scanner(decoder) reads the
# decoder's hooks once and returns the callable stored as scan_once.
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
