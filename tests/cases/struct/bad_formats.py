# Formats struct refuses, and what it says.
import struct

for fmt in ('z', 'iz', '<<i', 'i>', '@@', '3', 'i3', '<3', 'Z', 'v', 'j', '<n', '>N', '=P', '!n', 'T{i}',
            '(i)', 'i:x:', '%', '-1i', '+i', '1.5i', 'ii&'):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'error:', e)
