# 'f': rounding to single precision and back.
import struct

for v in (0.1, 1 / 3, 16777217.0, 3.4028234663852886e+38, 1.4e-45, 1e-46, -0.0, float('inf'), -1e-300):
    for fmt in ('f', '<f', '>f'):
        b = struct.pack(fmt, v)
        print(fmt, repr(v), b.hex(), struct.unpack(fmt, b))
print(struct.unpack('<f', bytes.fromhex('0000c07f')))
print(struct.unpack('>4f', bytes(range(16))))
