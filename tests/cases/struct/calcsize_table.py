# calcsize of every code in every mode.
import struct

for code in 'xcbB?hHiIlLqQnNPefdFDsp':
    row = []
    for order in ('', '@', '=', '<', '>', '!'):
        try:
            row.append(struct.calcsize(order + code))
        except struct.error:
            row.append('-')
    print(code, row)
