""" Python Unicode Codec for cp949 (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'cp949')
