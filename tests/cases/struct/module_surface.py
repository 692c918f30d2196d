# What the struct and _struct modules hold.
import _struct
import struct

print(sorted(n for n in dir(struct) if not n.startswith('__')))
print(sorted(n for n in dir(_struct) if not n.startswith('__')))
print(struct.__all__)
print(struct.__doc__ == _struct.__doc__, struct.Struct is _struct.Struct, struct.pack is _struct.pack)
print(struct.pack.__module__, struct.Struct.__module__, struct.pack.__name__, struct.pack.__qualname__)
print(type(struct.iter_unpack('b', b'')).__name__, struct.__name__, _struct.__name__)
