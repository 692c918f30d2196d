# Any buffer can be unpacked: bytes, bytearray, memoryview slices and casts.
import struct

raw = bytes(range(1, 17))
print(struct.unpack('<4i', bytearray(raw)), struct.unpack('<2q', memoryview(raw)))
print(struct.unpack('<i', memoryview(raw)[4:8]), struct.unpack('<2i', memoryview(raw).cast('i')[1:3]))
try:
    struct.unpack('<i', memoryview(raw)[::4])
except BufferError as e:
    print('BufferError:', e)
m = memoryview(raw)
m.release()
try:
    struct.unpack('i', m)
except ValueError as e:
    print('ValueError:', e)
print(struct.unpack_from('<h', memoryview(bytearray(raw))[2:], 2))
