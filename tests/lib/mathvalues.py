"""Seeded inputs for the math and cmath cases (the cases must not depend on
random): special floats, floats spread over every magnitude, ints small and
huge, and a report helper that prints a result's repr or the exception."""

INF = float("inf")
NAN = float("nan")

SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 0.1, -0.1,
    INF, -INF, NAN, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300,
    1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e300, -1e300,
    3.141592653589793, 1.5707963267948966, 6.283185307179586, 2.718281828459045,
    0.9999999999999999, 1.0000000000000002, 710.0, -745.0, 709.782712893384,
    171.0, 171.5, 23.0, 24.0, -0.5, -2.5, -170.5, 1e-20, 1e-21, 140.0, 200.5, -200.5,
]

SPECIAL_INTS = [0, 1, -1, 2, 7, -7, 10, 2 ** 53 + 1, 2 ** 63, -(2 ** 63) - 1, 10 ** 20, 3 ** 200, -(5 ** 300), True, False]


class Stream:
    """A 64-bit linear congruential generator."""

    def __init__(self, seed):
        self.state = seed

    def bits(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> (64 - n)

    def below(self, n):
        return self.bits(32) % n

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def unit(self):
        """A float in [0, 1) with 53 random bits."""
        return self.bits(53) / 2 ** 53

    def wide(self):
        """A float of any magnitude and sign, normal or subnormal."""
        mantissa = self.bits(53) | 1
        value = mantissa * 2.0 ** (self.below(2098) - 1074 - 53 + 1) if self.below(4) else mantissa * 2.0 ** (self.below(200) - 153)
        return -value if self.bits(1) else value

    def near(self, span):
        """A float uniformly in (-span, span)."""
        return (self.unit() * 2 - 1) * span

    def float(self):
        kind = self.below(6)
        if kind == 0:
            return self.pick(SPECIAL_FLOATS)
        if kind == 1:
            return self.wide()
        if kind == 2:
            return self.near(1.5)
        if kind == 3:
            return self.near(40.0)
        if kind == 4:
            return self.near(400.0)
        return float(self.below(60) - 30) / 2

    def int(self):
        kind = self.below(4)
        if kind == 0:
            return self.pick(SPECIAL_INTS)
        if kind == 1:
            return self.below(200) - 100
        sign = -1 if self.bits(1) else 1
        return sign * self.bits(self.below(63) + 1) * (1 if kind == 2 else 7 ** self.below(400))


def outcome(fn, *args, **kwargs):
    """repr of fn(*args), or the exception's type and text."""
    try:
        return repr(fn(*args, **kwargs))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def report(label, fn, *args, **kwargs):
    print(label, outcome(fn, *args, **kwargs))
