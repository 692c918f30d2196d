# Float codes accept ints and objects with __float__ or __index__.
import struct


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class MyFloat(float):
    pass


print(struct.pack('<d', F()), struct.pack('<f', I()), struct.pack('<e', F()))
print(struct.pack('<d', MyFloat(1.25)), struct.pack('<d', 2 ** 60), struct.pack('<e', False))
print(struct.unpack('<d', struct.pack('<d', 2 ** 53 + 1)))
