# Struct objects: format, size, repr and each method.
import struct

s = struct.Struct('<hHi')
print(s.format, s.size, repr(s), str(s))
b = s.pack(-1, 2, 3)
print(b, s.unpack(b), s.unpack_from(b'..' + b, 2), s.unpack_from(buffer=b, offset=0))
buf = bytearray(12)
print(s.pack_into(buf, 4, 5, 6, 7), buf)
print([t for t in s.iter_unpack(b * 3)])
print(type(s).__name__, type(s).__module__, type(s).__qualname__, struct.Struct is type(s))
print(struct.Struct('i') == struct.Struct('i'), struct.Struct('') .size, repr(struct.Struct('')))
print(s.__sizeof__() > 0, isinstance(s, struct.Struct))
