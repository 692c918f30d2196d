# format and size are read-only.
import struct

s = struct.Struct('i')
for name, value in (('format', 'h'), ('size', 9)):
    try:
        setattr(s, name, value)
    except AttributeError as e:
        print(e)
    try:
        delattr(s, name)
    except AttributeError as e:
        print(e)
print(struct.Struct.format.__doc__, struct.Struct.size.__doc__)
print(s.format, s.size)
