# '?': any truth value packs as 0 or 1; any non-zero byte unpacks as True.
import struct

print(struct.pack('8?', 0, 1, 2, '', 'x', [], [0], None))
print(struct.pack('<?', 0.0), struct.pack('>?', -0.1))
for b in range(0, 256, 51):
    print(b, struct.unpack('?', bytes([b])), struct.unpack('<?', bytes([b])), struct.unpack('>?', bytes([b])))
print(struct.calcsize('?'), struct.calcsize('<?'), struct.calcsize('?i?'))
