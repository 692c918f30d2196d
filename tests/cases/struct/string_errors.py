# 's' and 'p' want bytes or bytearray.
import struct

for fmt in ('s', '3p', '<4s'):
    for v in ('abc', 1, None, memoryview(b'a'), [1]):
        try:
            struct.pack(fmt, v)
            print(fmt, 'ok')
        except struct.error as e:
            print(fmt, type(v).__name__, e)
