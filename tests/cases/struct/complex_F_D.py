# 'F' and 'D': complex numbers as two floats or two doubles.
import struct

print(struct.calcsize('F'), struct.calcsize('D'), struct.calcsize('cF'), struct.calcsize('cD'), struct.calcsize('<cD'))
for v in (1 + 2j, -0.5j, 3, 2.5, complex(float('inf'), -1)):
    for fmt in ('F', 'D', '<F', '>D', '>F'):
        b = struct.pack(fmt, v)
        print(fmt, v, b.hex(), struct.unpack(fmt, b))
print(struct.pack('D', True))
