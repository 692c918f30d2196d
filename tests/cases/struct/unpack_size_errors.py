# unpack wants a buffer of exactly the struct's size.
import struct

for fmt, data in (('i', b'123'), ('i', b'12345'), ('<i', b''), ('', b'x'), ('2h', b'abc'), ('0s', b''),
                  ('10s', b'0123456789'), ('q', bytearray(8)), ('d', memoryview(b'12345678'))):
    try:
        print(repr(fmt), struct.unpack(fmt, data))
    except struct.error as e:
        print(repr(fmt), 'error:', e)
for data in ('abcd', 1234, None, [1, 2, 3, 4]):
    try:
        struct.unpack('i', data)
    except TypeError as e:
        print(type(data).__name__, e)
