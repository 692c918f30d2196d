# Integer codes take bool, int subclasses and objects with __index__.
import struct


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


print(struct.pack('<?iB', True, True, False))
print(struct.pack('<iQ', MyInt(-7), MyInt(2 ** 64 - 1)))
print(struct.pack('>hH', Idx(-300), Idx(65535)))
print(struct.pack('q', Idx(-(2 ** 63))))
try:
    struct.pack('B', Idx(256))
except struct.error as e:
    print('error:', e)
try:
    struct.pack('<h', Idx(1 << 70))
except struct.error as e:
    print('error:', e)
