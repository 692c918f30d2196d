# Values that are not integers for integer codes.
import struct

for v in (1.0, 1.5, '1', b'1', None, [], 1j, float('nan')):
    for fmt in ('i', '<Q', '>b', 'P', 'n'):
        try:
            struct.pack(fmt, v)
            print(fmt, repr(v), 'ok')
        except struct.error as e:
            print(fmt, repr(v), 'error:', e)
