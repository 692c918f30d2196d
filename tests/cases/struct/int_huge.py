# Integers far beyond 64 bits: range errors, never a wrong value.
import struct

for v in (1 << 64, 1 << 100, -(1 << 100), 10 ** 400, -(10 ** 400), (1 << 64) - 1, -(1 << 63)):
    for fmt in ('q', 'Q', '<q', '>Q', 'i', 'b', 'n', 'N', 'P'):
        try:
            print(fmt, struct.pack(fmt, v).hex())
        except struct.error as e:
            print(fmt, type(e).__name__, e)
