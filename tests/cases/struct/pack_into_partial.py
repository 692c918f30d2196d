# A value that fails stops pack_into where it is: what came before is written.
import struct

buf = bytearray(b'\xee' * 12)
try:
    struct.pack_into('<hxhi', buf, 0, 1, 2, 'three')
except struct.error as e:
    print(e)
print(buf)
buf = bytearray(b'\xee' * 6)
try:
    struct.pack_into('<bbb', buf, 1, 1, 1000, 3)
except struct.error as e:
    print(e)
print(buf)
try:
    struct.pack('<bbb', 1, 2, 3000)
except struct.error as e:
    print(e)
