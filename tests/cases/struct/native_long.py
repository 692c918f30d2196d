# Native 'l'/'L' are the machine's long, standard ones four bytes.
import struct

print(struct.calcsize('l'), struct.calcsize('<l'), struct.calcsize('L'), struct.calcsize('>L'))
print(struct.pack('l', -(2 ** 40)).hex())
for fmt in ('<l', '>L'):
    try:
        struct.pack(fmt, 2 ** 40)
    except struct.error as e:
        print(fmt, e)
