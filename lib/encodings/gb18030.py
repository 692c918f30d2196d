""" Python Unicode Codec for gb18030 (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'gb18030')
