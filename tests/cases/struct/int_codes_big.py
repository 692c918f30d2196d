# Big-endian integers ('>' and '!') and how the bytes come out.
import struct

for order in '>!':
    print(struct.pack(order + 'hHiIlLqQ', -2, 0xABCD, -3, 0x01020304, -4, 0xA1B2C3D4,
                      -5, 0x0102030405060708).hex())
    print(struct.unpack(order + 'hHiIlLqQ', bytes(range(1, 45))[:struct.calcsize(order + 'hHiIlLqQ')]))
print(struct.unpack('>i', b'\xff\xff\xff\xfe'), struct.unpack('<i', b'\xfe\xff\xff\xff'))
print(struct.unpack('>Q', b'\x80' + b'\x00' * 7), struct.unpack('>q', b'\x80' + b'\x00' * 7))
