# Standard-size little-endian integers ('<' and '='): 'l' and 'L' are 4 bytes.
import struct

for order in '<=':
    for code in 'bBhHiIlLqQ':
        size = struct.calcsize(order + code)
        signed = code.islower()
        values = [0, 1, 2 ** (8 * size - 1) - 1]
        values += [-1, -2 ** (8 * size - 1)] if signed else [2 ** (8 * size) - 1]
        for v in values:
            b = struct.pack(order + code, v)
            print(order, code, size, v, b.hex(), struct.unpack(order + code, b)[0] == v)
