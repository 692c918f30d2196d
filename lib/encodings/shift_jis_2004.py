""" Python Unicode Codec for shift_jis_2004 (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'shift_jis_2004')
