# pack_into: read-only buffers, missing arguments and offsets out of range.
import struct

buf = bytearray(4)
cases = [
    ('i', (buf, 1, 5)), ('i', (buf, -5, 5)), ('i', (buf, -3, 5)), ('i', (buf, 5, 5)), ('i', (b'1234', 0, 5)),
    ('i', (memoryview(b'1234'), 0, 5)), ('i', ('abcd', 0, 5)), ('i', (1234, 0, 5)), ('i', (buf,)), ('i', ()),
    ('i', (buf, 'x', 1)), ('i', (buf, 1.0, 1)), ('i', (buf, 1 << 70, 1)), ('i', (buf, -(1 << 70), 1)),
    ('', (buf, 5)), ('', (buf, -5)), ('', (buf, 4)),
]
for fmt, args in cases:
    try:
        print(fmt, struct.pack_into(fmt, *args), buf)
    except Exception as e:
        print(fmt, type(e).__name__, e)
