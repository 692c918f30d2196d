""" Python 'undefined' Codec

    This codec will always raise a UnicodeError exception when being
    used. It is intended for use by the site.py file to switch off
    automatic string to Unicode coercion.

Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
from encodings import _kit


def _refuse(input, errors='strict', final=False):
    raise UnicodeError("undefined encoding")


_kit.stateless(globals(), 'undefined', _refuse, _refuse, bound=True)
