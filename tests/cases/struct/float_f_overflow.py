# 'f' and 'e' refuse finite values they cannot hold (OverflowError).
import struct

for v in (3.4028235677973366e+38, 3.402823669209385e+38, 1e39, -1e300, 1e308):
    for fmt in ('f', '<f', '>f'):
        try:
            print(fmt, repr(v), struct.pack(fmt, v).hex())
        except OverflowError as e:
            print(fmt, repr(v), 'OverflowError:', e)
for v in (65504.0, 65519.0, 65520.0, -65520.0, 1e10):
    for fmt in ('e', '<e', '>e'):
        try:
            print(fmt, repr(v), struct.pack(fmt, v).hex())
        except OverflowError as e:
            print(fmt, repr(v), 'OverflowError:', e)
