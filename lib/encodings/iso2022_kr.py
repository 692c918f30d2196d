""" Python Unicode Codec for iso2022_kr (tables in C: see tools/gen_cjk_tables.py) """
from encodings import _kit

_kit.multibyte(globals(), 'iso2022_kr')
