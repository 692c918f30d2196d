# iter_unpack's errors.
import struct

for fmt, data in (('i', b'12345'), ('', b''), ('0s', b'abc'), ('3x', b'abcd'), ('i', 'abcd'), ('i', 5)):
    try:
        print(list(struct.iter_unpack(fmt, data)))
    except (struct.error, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
it = struct.iter_unpack('b', b'12')
try:
    type(it)()
except TypeError as e:
    print(e)
