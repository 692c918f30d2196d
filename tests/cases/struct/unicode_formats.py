# Non-ASCII and NUL in formats.
import struct

for fmt in ('ï', 'i\udc80', '<é', 'i\x00', '\x00', b'i\x00', b'\x00i'):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    struct.Struct('ü')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
