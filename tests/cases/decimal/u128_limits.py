# Operands of 38 and 39 digits, at and just below 2**128, at the same
# exponent and at nearby ones: sums that pass 2**128, differences to zero,
# products and quotients, at precisions below and above their lengths.
from decimal import Decimal, Context, ROUND_DOWN, ROUND_HALF_EVEN

top = 2**128 - 1
pairs = [(top, top), (top, 10**38), (3 * 10**38, 2 * 10**38), (10**38, 10**38 - 1), (top, -top),
         (top, 1), (2**127, 2**127), (2**64, 2**64 - 1), (10**19, 10**19), (-(2**128 - 2), 3)]
for a, b in pairs:
    for prec in (19, 38, 39, 40, 80):
        for mode in (ROUND_DOWN, ROUND_HALF_EVEN):
            c = Context(prec=prec, rounding=mode, traps=[])
            x, y = Decimal(a), Decimal(b)
            print(prec, mode[6:], c.add(x, y), c.subtract(x, y), c.add(x.scaleb(-3), y.scaleb(-2)),
                  c.multiply(x, Decimal(3)), c.multiply(x, y), c.divide(x, Decimal(7)), c.divide(x, y),
                  c.quantize(x.scaleb(-40), Decimal("1E-3")), x.scaleb(-45).normalize(c))
