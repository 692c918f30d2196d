# Docstrings and text signatures.
import struct

print(struct.__doc__)
for name in ('pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'calcsize', '_clearcache'):
    f = getattr(struct, name)
    print(name, f.__text_signature__)
    print(f.__doc__)
for name in ('pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack'):
    f = getattr(struct.Struct, name)
    print(name, f.__text_signature__)
    print(f.__doc__)
print(repr(struct.Struct.__doc__))
