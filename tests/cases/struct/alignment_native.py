# Native mode aligns each item to its size; standard modes never do.
import struct

for fmt in ('bi', 'bh', 'bq', 'bd', 'be', 'bf', 'b?', 'bP', 'bn', 'hq', 'ci', 'c0i', 'c0q', 'iq', 'bbi',
            'bF', 'bD', '3s i', '5si', 'ihi', 'qb', 'b2i', 'bi0s', 'xi', '3xq'):
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize('=' + fmt.replace('P', 'Q').replace('n', 'q')))
print(struct.pack('bi', 1, 2), struct.pack('=bi', 1, 2))
print(struct.unpack('bq', bytes(range(16))))
