# decimal workload: pi to a few thousand digits by the series of the
# decimal module's documentation: additions, multiplications by small
# ints and divisions of long coefficients, each rounded to the context,
# and the comparison that ends the loop.
import time
from decimal import Decimal, localcontext


def pi_digits(prec):
    with localcontext(prec=prec + 2):
        three = Decimal(3)
        lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
        while s != lasts:
            lasts = s
            n, na = n + na, na + 8
            d, da = d + da, da + 32
            t = (t * n) / d
            s += t
    with localcontext(prec=prec):
        return +s


def main():
    p = pi_digits(4000)
    return str(p)[-20:]


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
