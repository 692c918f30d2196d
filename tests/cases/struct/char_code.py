# 'c': a bytes object of length 1, in and out.
import struct


class B(bytes):
    pass


print(struct.pack('3c', b'a', b'\x00', b'\xff'))
print(struct.unpack('3c', b'xyz'))
print(struct.pack('c', B(b'q')))
print(struct.pack('<2c', b'1', b'2'), struct.pack('>c', b'z'))
print(struct.unpack('c', b'\x80'))
