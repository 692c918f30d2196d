# Out-of-range values with standard sizes: the range follows the standard size.
import struct

for order in '<>=!':
    for code in 'bBhHiIlLqQ':
        size = struct.calcsize(order + code)
        for v in (2 ** (8 * size), -2 ** (8 * size - 1) - 1, -1):
            try:
                struct.pack(order + code, v)
                print(order, code, v, 'ok')
            except struct.error as e:
                print(order, code, v, e)
