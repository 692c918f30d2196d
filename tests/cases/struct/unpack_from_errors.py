# unpack_from: each way an offset can fall outside the buffer.
import struct

data = b'12345'
for fmt, off in (('i', 2), ('i', 9), ('i', -2), ('i', -9), ('i', 5), ('q', 0), ('', 6), ('', -6),
                 ('i', 2 ** 63 - 1), ('2s', -1)):
    try:
        print(fmt, off, struct.unpack_from(fmt, data, off))
    except struct.error as e:
        print(fmt, off, 'error:', e)
for off in (1 << 70, -(1 << 70), 1.0, '1', None):
    try:
        struct.unpack_from('i', data, off)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(struct.unpack_from('b', b''[0:0] + b'z'))
