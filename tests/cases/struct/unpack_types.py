# The types unpack gives back for each code.
import struct

fmt = '<cbB?hHiIlLqQefdFD3s3p'
b = struct.pack(fmt, b'x', -1, 2, True, -3, 4, -5, 6, -7, 8, -9, 10, 1.5, 2.5, 3.5, 1j, 2 + 0j, b'abc', b'de')
for v in struct.unpack(fmt, b):
    print(type(v).__name__, repr(v))
