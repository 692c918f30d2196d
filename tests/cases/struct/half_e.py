# 'e': half precision, ties to even, subnormals, infinities and NaN.
import struct

for v in (0.0, -0.0, 1.0, 1.0009765625, 1.00048828125, 1.00146484375, 0.1, 65504.0, 6.103515625e-05,
          5.960464477539063e-08, 2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0001, 1e-8, -3e-8,
          float('inf'), float('-inf'), 3.14159):
    b = struct.pack('<e', v)
    print(repr(v), b.hex(), struct.pack('>e', v).hex(), struct.unpack('<e', b))
(n,) = struct.unpack('<e', struct.pack('<e', float('nan')))
print(n != n)
for h in (0x0001, 0x03ff, 0x0400, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0x3555):
    print(hex(h), struct.unpack('<e', h.to_bytes(2, 'little')))
