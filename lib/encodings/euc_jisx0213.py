""" Python Unicode Codec for euc_jisx0213 (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'euc_jisx0213')
