""" Python Unicode Codec for big5hkscs (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'big5hkscs')
