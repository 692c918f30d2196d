# 'p': a Pascal string: a length byte, then the bytes, in a fixed width.
import struct

for fmt in ('p', '0p', '1p', '2p', '5p', '>6p'):
    for v in (b'', b'ab', b'abcdefgh'):
        b = struct.pack(fmt, v)
        print(fmt, v, b, struct.unpack(fmt, b))
long = b'q' * 300
b = struct.pack('300p', long)
print(b[0], len(b), struct.unpack('300p', b)[0] == long[:255])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\xffxy'))
print(struct.pack('2p3p', b'a', b'bc'))
