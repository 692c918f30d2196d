# 'P' (native only): any value an address can hold, signed or unsigned.
import struct

print(struct.calcsize('P'), struct.calcsize('cP'))
for v in (0, 1, -1, 2 ** 63, 2 ** 64 - 1, -(2 ** 63), 2 ** 64, -(2 ** 63) - 1, 1 << 80):
    try:
        b = struct.pack('P', v)
        print(v, b.hex(), struct.unpack('P', b))
    except struct.error as e:
        print(v, 'error:', e)
for order in '<>=!':
    try:
        struct.pack(order + 'P', 1)
    except struct.error as e:
        print(order, e)
