# Enormous repeat counts: compiled without allocating, refused when too big.
import struct

for fmt in ('999999999999q', '9223372036854775807x', '9223372036854775808x', '9223372036854775807s',
            '9223372036854775806xi', '99999999999999999999x', '1152921504606846976q', '4611686018427387903c4611686018427387903c',
            '4611686018427387904c4611686018427387904c', '99999999999999999q', '2305843009213693951d', '1' * 100 + 'b',
            '9223372036854775807p', '0' * 50 + '3i'):
    try:
        print(fmt[:30], struct.calcsize(fmt))
    except struct.error as e:
        print(fmt[:30], 'error:', e)
for fmt in ('999999999999q', '100000000000s'):
    try:
        struct.pack(fmt)
    except struct.error as e:
        print('pack:', e)
    try:
        struct.unpack(fmt, b'abc')
    except struct.error as e:
        print('unpack:', e)
s = struct.Struct('999999999999q')
print(s.size, s.format)
try:
    list(s.iter_unpack(b''))
except struct.error as e:
    print('iter:', e)
