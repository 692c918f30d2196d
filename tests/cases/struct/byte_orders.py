# The same values under each byte-order prefix.
import struct

vals = (-2, 513, 0x01020304, 1.5)
for order in ('', '@', '=', '<', '>', '!'):
    fmt = order + 'hHif'
    b = struct.pack(fmt, *vals)
    print(repr(order), struct.calcsize(fmt), b.hex(), struct.unpack(fmt, b))
