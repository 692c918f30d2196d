# Argument errors of Struct and its methods.
import struct

s = struct.Struct('i')
calls = [
    lambda: struct.Struct(),
    lambda: struct.Struct('i', 'h'),
    lambda: struct.Struct(fmt='i'),
    lambda: struct.Struct(format='i', x=1),
    lambda: s.unpack(),
    lambda: s.unpack(b'1234', b'5678'),
    lambda: s.unpack_from(),
    lambda: s.unpack_from(b'1234', 0, 1),
    lambda: s.unpack_from(b'1234', offset='0'),
    lambda: s.iter_unpack(),
    lambda: s.iter_unpack(b'1234', 1),
    lambda: s.pack(x=1),
    lambda: s.unpack(buffer=b'1234'),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError:', e)
print(struct.Struct(format='h').format)
