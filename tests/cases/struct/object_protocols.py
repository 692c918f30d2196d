# Struct objects: copying, comparison, weak references, signatures, odd arguments.
import copy
import struct
import weakref

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s = struct.Struct('<i')
t(lambda: copy.copy(s)); t(lambda: weakref.ref(s)() is s); t(lambda: hash(s) == hash(s))
t(lambda: s == s); t(lambda: s < s); t(lambda: struct.Struct.__new__(struct.Struct, 1, 2, x=3).size)
t(lambda: struct.Struct.__init__(s)); t(lambda: struct.Struct.__init__(s, 'i', 'j'))
t(lambda: s.__class__.__name__); t(lambda: dir(s) == dir(struct.Struct('h')))
t(lambda: struct.Struct.__text_signature__); t(lambda: struct.Struct.__init__.__text_signature__)
t(lambda: struct.unpack_iterator if hasattr(struct, 'unpack_iterator') else 'no')
it = struct.iter_unpack('b', b'ab'); t(lambda: it.__length_hint__.__text_signature__); t(lambda: it.__length_hint__.__doc__)
t(lambda: struct.Struct.__sizeof__.__doc__); t(lambda: s.__sizeof__() >= 16)
t(lambda: type(it).__qualname__)
t(lambda: struct.pack('i', *[1]) == struct.Struct('i').pack(1))
t(lambda: struct.Struct('i').unpack_from(buffer=b'abcd', offset=0, extra=1))
t(lambda: struct.Struct('3s').pack(memoryview(b'abc')))
t(lambda: struct.Struct('=?').pack(struct))
t(lambda: struct.calcsize('%'))
