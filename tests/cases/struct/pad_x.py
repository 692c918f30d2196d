# 'x': pad bytes take no value and give none.
import struct

print(struct.pack('x'), struct.pack('3x'), struct.pack('b3xb', 1, 2), struct.pack('<xhx', -1))
print(struct.unpack('b3xb', b'\x01abc\x02'), struct.unpack('2x', b'zz'), struct.unpack('x', b'\xff'))
print(struct.calcsize('x'), struct.calcsize('0x'), struct.calcsize('5x'), struct.calcsize('x5x'))
for args in ((), (1,)):
    try:
        print(struct.pack('2x', *args))
    except struct.error as e:
        print(e)
