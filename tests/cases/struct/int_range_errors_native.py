# Out-of-range values for the native integer codes: struct.error with the range.
import struct

for code in 'bBhHiIlLqQnN':
    size = struct.calcsize(code)
    for v in (2 ** (8 * size), 2 ** (8 * size - 1), -1, -2 ** (8 * size - 1) - 1):
        try:
            struct.pack(code, v)
            print(code, v, 'ok')
        except struct.error as e:
            print(code, v, 'error:', e)
