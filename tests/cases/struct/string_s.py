# 's': a fixed-length byte string, padded with zeros or cut.
import struct

for fmt in ('s', '0s', '1s', '5s', '<3s', '>8s'):
    for v in (b'', b'ab', b'abcdefghij', bytearray(b'xyz')):
        b = struct.pack(fmt, v)
        print(fmt, bytes(v), b, struct.unpack(fmt, b))
print(struct.pack('2s3s', b'abc', b'de'), struct.unpack('2s3s', b'12345'))
print(struct.calcsize('10s'), struct.calcsize('10si'), struct.calcsize('i10s'))
