# A class that exports a buffer through __buffer__ works wherever bytes do.
import struct


class Buf:
    def __init__(self, data):
        self.data = bytearray(data)

    def __buffer__(self, flags):
        return memoryview(self.data)


x = Buf(b'\x01\x00\x00\x00\x02\x00\x00\x00')
print(struct.unpack('<2i', x), struct.unpack_from('<i', x, 4), list(struct.iter_unpack('<i', x)))
struct.pack_into('<i', x, 0, 9)
print(bytes(x.data), struct.Struct('<h').unpack_from(x, offset=-2))
