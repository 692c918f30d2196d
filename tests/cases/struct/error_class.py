# struct.error: an Exception subclass of the struct module.
import _struct
import struct

print(struct.error, struct.error.__mro__, struct.error is _struct.error, struct.error.__module__)
print(struct.error.__name__, struct.error.__qualname__, repr(struct.error('x')), struct.error.__doc__)
try:
    struct.pack('z')
except Exception as e:
    print(type(e) is struct.error, e.args)
try:
    raise struct.error('mine', 2)
except struct.error as e:
    print(e.args, str(e))
