# unpack_from reads the buffer before the offset; the buffer stays exported
# while the offset's __index__ runs.
import struct

data = bytearray(b'\x01\x02\x03\x04\x05\x06\x07\x08')


class Grow:
    def __index__(self):
        try:
            data.extend(b'xx')
        except BufferError as e:
            print('BufferError:', e)
        return 4


print(struct.unpack_from('<i', data, Grow()), len(data))
for args in (('abc', 'x'), (5, 0), (b'abcd', 'x'), ('abc', 2 ** 70)):
    try:
        struct.unpack_from('<h', *args)
    except Exception as e:
        print(type(e).__name__, e)
