# Floats are written as repr() writes them: short decimal fractions of
# every scale, values near the edges of the fixed notation, random bit
# patterns; as values and as keys.
import json

class Lcg:
    """A small seeded generator (the test runs where random is missing)."""
    def __init__(self, seed):
        self.x = seed
    def bits(self, n):
        out = 0
        for _ in range(0, n, 30):
            self.x = (self.x * 1103515245 + 12345) % 2**31
            out = (out << 30) | (self.x >> 1)
        return out % (1 << n)
    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        return a + self.bits(64) % (b - a)

rng = Lcg(5)
values = []
for k in range(0, 18):
    for _ in range(40):
        values.append(rng.randrange(0, 10 ** rng.randrange(1, 17)) / 10 ** k)
        values.append(-rng.randrange(1, 1000) / 10 ** k)
values += [0.0001, 0.00009999999999999999, 1e-4, 9.999999999999999e14, 1e15, 1e16 - 2, 1125899906842624.0,
           1125899906842623.5, 0.1 + 0.2, 1.1, 2.675, 1e-5, 123.456, 0.3, 1 / 3, 5e-324, 1e308]
for _ in range(400):
    sign = '-' if rng.bits(1) else ''
    values.append(float.fromhex('%s0x1.%013xp%d' % (sign, rng.bits(52), rng.randrange(-1074, 1024))))
text = json.dumps(values)
print(text == '[' + ', '.join(map(repr, values)) + ']')
print(text[:300])
print(json.loads(text) == values)
print(json.dumps({v: 0 for v in values[:50]})[:300])
