# repr() writes the shortest digits that read back as the same double, the
# nearest to it when several are as short: over subnormals, the ends of the
# exponent range, exact powers of two (whose lower neighbour is nearer),
# integers, short decimal fractions and pseudo-random bit patterns.
import struct


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def bits(v):
    return struct.unpack('<Q', struct.pack('<d', v))[0]


def show(label, values):
    print(label, ' '.join(repr(v) for v in values))


show('subnormal', [from_bits(b) for b in (1, 2, 3, 9, 10, 0xFFFFF, 0x000FFFFFFFFFFFFF)])
show('min normal', [from_bits(0x0010000000000000 + d) for d in (-1, 0, 1, 2)])
show('max', [from_bits(0x7FEFFFFFFFFFFFFF - d) for d in range(4)])
show('pow2', [2.0 ** e for e in (-1074, -1073, -1022, -600, -100, -1, 0, 1, 52, 53, 54, 60, 100, 600, 1023)])
show('pow2 next', [from_bits(bits(2.0 ** e) + d) for e in (-300, 0, 70, 900) for d in (-1, 1)])
show('integers', [float(n) for n in (1, 9, 10, 99, 123456789, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 10 ** 15, 10 ** 16,
                                      10 ** 17, 10 ** 22, 10 ** 23, 123456789012345678)])
show('fractions', [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-4, 9.999999999999999e-5, 5e-324, 1.5e-323,
                   0.30000000000000004, 123.456, 1e16 - 2, 1e-7, 4.35, 2.675, 1.7976931348623157e308])
show('negative', [-0.0, -1e-320, -2.5, -1e300, -3.14159])

state = 0x2545F4914F6CDD1D
values = []
for _ in range(300):
    state ^= (state << 13) & 0xFFFFFFFFFFFFFFFF
    state ^= state >> 7
    state ^= (state << 17) & 0xFFFFFFFFFFFFFFFF
    v = from_bits(state)
    if v == v:
        values.append(v)
for i in range(0, len(values), 6):
    show('random', values[i:i + 6])
print(all(float(repr(v)) == v for v in values))
print([format(v, '') for v in values[:8]], ['%r' % v for v in values[8:12]], [str(v) for v in values[12:16]])
