# Argument errors of the module functions.
import struct

calls = [
    lambda: struct.pack(),
    lambda: struct.pack(fmt='i'),
    lambda: struct.pack('i', x=1),
    lambda: struct.pack_into(),
    lambda: struct.pack_into('i'),
    lambda: struct.pack_into('i', bytearray(4)),
    lambda: struct.unpack(),
    lambda: struct.unpack('i'),
    lambda: struct.unpack('i', b'1234', 1),
    lambda: struct.unpack_from('i'),
    lambda: struct.unpack_from(),
    lambda: struct.unpack_from(format='i', buffer=b'1234'),
    lambda: struct.iter_unpack('i'),
    lambda: struct.calcsize(),
    lambda: struct.calcsize('i', 'h'),
    lambda: struct.calcsize(format='i'),
    lambda: struct._clearcache(1),
    lambda: struct.pack(5, 1),
    lambda: struct.unpack(5, b''),
]
for c in calls:
    try:
        print(c())
    except (TypeError, struct.error) as e:
        print(type(e).__name__, e)
