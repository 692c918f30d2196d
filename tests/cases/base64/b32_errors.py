# Base32 decoding errors.
import base64
import binascii

for s in ('mfrggzdf', 'ME=====', 'ME', 'M1======', 'MF0=====', 'M=======', 'MEM=====', 'ME======ME======',
          '========', 'M E=====', 'M!M=====', 'MEMEMEM=', 'MEMEME==', 'MEMEM===', 'MEMEMEME========'):
    try:
        print(repr(s), base64.b32decode(s))
    except binascii.Error as e:
        print(repr(s), 'Error:', e)
for m in ('LL', b'', 'é'):
    try:
        base64.b32decode('ME======', map01=m)
    except (AssertionError, ValueError) as e:
        print(repr(m), type(e).__name__, e)
