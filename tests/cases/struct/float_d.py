# 'd': doubles round-trip exactly, including the special values.
import struct

for v in (0.0, -0.0, 1.0, -1.5, 0.1, 1e308, 5e-324, -5e-324, 2.5e-308, float('inf'), float('-inf'), 3.141592653589793):
    for fmt in ('d', '<d', '>d'):
        b = struct.pack(fmt, v)
        (r,) = struct.unpack(fmt, b)
        print(fmt, repr(v), b.hex(), repr(r), str(r).startswith('-'))
(n,) = struct.unpack('<d', struct.pack('<d', float('nan')))
print(n != n)
print(struct.unpack('>d', bytes.fromhex('7ff8000000000001')))
print(struct.pack('d', 3), struct.pack('d', True))
