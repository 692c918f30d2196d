# Empty structs and zero counts.
import struct

for fmt in ('', '<', '>', '0s', '0p', '0i', '0x', ' ', '0c0d'):
    s = struct.Struct(fmt)
    print(repr(fmt), s.size, s.pack(*([b''] if fmt.endswith(('s', 'p')) else [])), s.unpack(b''))
print(struct.pack('0s0p', b'abc', b'def'), struct.unpack('0s0p', b''))
print(struct.unpack_from('', b'abc', 3))
