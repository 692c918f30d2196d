# 'c' refuses anything but a one-byte bytes object.
import struct

for v in (b'', b'ab', 'a', 97, bytearray(b'a'), memoryview(b'a'), None):
    try:
        struct.pack('c', v)
        print(repr(v), 'ok')
    except struct.error as e:
        print(type(v).__name__, 'error:', e)
