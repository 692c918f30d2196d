""" Python Unicode Codec for euc_kr (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'euc_kr')
