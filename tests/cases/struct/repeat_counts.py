# Repeat counts: n copies of a code (one string of n bytes for s and p).
import struct

print(struct.pack('3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('0h'), struct.unpack('0h', b''), struct.calcsize('0h'))
print(struct.pack('2?3c', 1, 0, b'a', b'b', b'c'))
print(struct.calcsize('10q'), struct.calcsize('<100H'), struct.calcsize('007i'))
print(len(struct.pack('<1000B', *range(256), *range(256), *range(256), *range(232))))
print(struct.unpack('<12B', bytes(range(12))))
