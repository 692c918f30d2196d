#!/usr/bin/env python
""" Python Character Mapping Codec for ROT13.

This codec de/encodes from str to str.

Written by Marc-Andre Lemburg (mal@lemburg.com).
"""
import string
from encodings import _kit

# Each ASCII letter goes 13 places along its alphabet; the rest of the
# first 256 code points stays.
rot13_map = {code: code for code in range(256)}
for _letters in (string.ascii_lowercase, string.ascii_uppercase):
    for _at, _ch in enumerate(_letters):
        rot13_map[ord(_ch)] = ord(_letters[(_at + 13) % 26])
del _letters, _at, _ch


def _turn(input, errors='strict'):
    return (str.translate(input, rot13_map), len(input))


def rot13(infile, outfile):
    outfile.write(str.translate(infile.read(), rot13_map))


_kit.stateless(globals(), 'rot-13', _turn, _turn, text=False, bound=True, chars=str)
