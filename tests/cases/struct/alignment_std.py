# Standard sizes with every byte order: packed with no padding.
import struct

fmt = 'bhiqfdeH?c'
for order in '<>=!':
    print(order, struct.calcsize(order + fmt))
    b = struct.pack(order + fmt, 1, 2, 3, 4, 5.0, 6.0, 7.0, 8, True, b'z')
    print(b.hex())
    print(struct.unpack(order + fmt, b))
