# iter_unpack walks a buffer one struct at a time.
import struct

it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, type(it).__module__, it.__length_hint__())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
print(list(struct.iter_unpack('>HB', bytes(range(9)))))
print(list(struct.iter_unpack('x', b'')), list(struct.iter_unpack('2s', bytearray(b'abcd'))))
print(list(struct.Struct('<i').iter_unpack(memoryview(bytes(8)))))
it = struct.iter_unpack('b', b'\x05')
print(iter(it) is it, next(it))
try:
    next(it)
except StopIteration:
    print('stop')
data = bytearray(b'\x01\x02')
it = struct.iter_unpack('b', data)
try:
    data.append(3)
except BufferError as e:
    print('BufferError:', e)
print(list(it))
data.append(3)
print(data)
