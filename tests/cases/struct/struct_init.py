# __new__ alone leaves a Struct uninitialized; __init__ can run again.
import struct

u = struct.Struct.__new__(struct.Struct)
print(u.size)
for what in (lambda: u.format, lambda: repr(u), lambda: u.pack(), lambda: u.unpack(b''),
             lambda: u.unpack_from(b''), lambda: u.iter_unpack(b''), lambda: u.pack_into(bytearray(1), 0)):
    try:
        what()
    except RuntimeError as e:
        print('RuntimeError:', e)
print(struct.Struct.__new__(struct.Struct, 'i').size)
s = struct.Struct('i')
print(s.__init__('<h'), s.format, s.size, s.pack(1))
try:
    s.__init__('zz')
except struct.error as e:
    print(e, s.format)
