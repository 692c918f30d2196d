# pack and pack_into check the number of values.
import struct

for fmt, args in (('i', ()), ('i', (1, 2)), ('2i', (1,)), ('', (1,)), ('3s', ()), ('3x', (0,)), ('ihb', (1, 2)),
                  ('0i', (5,)), ('5p2s', (b'a', b'b', b'c'))):
    try:
        print(struct.pack(fmt, *args))
    except struct.error as e:
        print('pack', repr(fmt), e)
    try:
        print(struct.pack_into(fmt, bytearray(32), 0, *args))
    except struct.error as e:
        print('pack_into', repr(fmt), e)
    try:
        print(struct.Struct(fmt).pack(*args))
    except struct.error as e:
        print('Struct.pack', repr(fmt), e)
