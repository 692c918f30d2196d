# 'n' and 'N' (native only): ssize_t and size_t.
import struct

print(struct.calcsize('n'), struct.calcsize('N'), struct.calcsize('bn'), struct.calcsize('bN'))
print(struct.pack('nN', -1, 2 ** 64 - 1).hex())
print(struct.unpack('nN', b'\xff' * 16))
for fmt in ('<n', '>N', '=n', '!N'):
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(fmt, e)
