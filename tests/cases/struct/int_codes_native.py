# Native integer codes: the boundaries of each width, packed and read back.
import struct

for code, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767), ('H', 0, 65535),
                     ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('l', -2**63, 2**63 - 1),
                     ('L', 0, 2**64 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1),
                     ('n', -2**63, 2**63 - 1), ('N', 0, 2**64 - 1)]:
    for v in (lo, lo + 1, 0, 1, hi - 1, hi):
        if v < lo:
            continue
        b = struct.pack(code, v)
        print(code, v, b.hex(), struct.unpack(code, b))
