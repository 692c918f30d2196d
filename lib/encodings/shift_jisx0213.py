""" Python Unicode Codec for shift_jisx0213 (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'shift_jisx0213')
