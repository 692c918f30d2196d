# A format given as bytes: the attribute is a str all the same.
import struct

s = struct.Struct(b'>I2s')
print(repr(s.format), repr(s), s.size, s.pack(7, b'ab'))
print(struct.pack(b'<h', 5), struct.unpack(b'<h', b'\x05\x00'), struct.calcsize(b'q'))
for fmt in (bytearray(b'i'), memoryview(b'i'), 5, None, ['i']):
    try:
        struct.Struct(fmt)
    except TypeError as e:
        print(type(fmt).__name__, e)
for fmt in (bytearray(b'i'), 5):
    try:
        struct.calcsize(fmt)
    except TypeError as e:
        print(type(fmt).__name__, e)
try:
    struct.calcsize(b'i\xff')
except struct.error as e:
    print(e)
