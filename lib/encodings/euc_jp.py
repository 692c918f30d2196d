""" Python Unicode Codec for euc_jp (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'euc_jp')
