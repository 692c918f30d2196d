# unpack_from with offsets from the front and from the end.
import struct

data = bytes(range(20))
for off in (0, 1, 4, 16, -4, -5, -20, True):
    print(off, struct.unpack_from('<i', data, off), struct.unpack_from('<i', data, offset=off))
print(struct.unpack_from('<2h', data), struct.unpack_from('>H', memoryview(data), 18))
print(struct.unpack_from('0s', b'', 0), struct.unpack_from('', b'', 0), struct.unpack_from('', b'abc', -3))


class Off:
    def __index__(self):
        return 2


print(struct.unpack_from('<h', data, Off()))
