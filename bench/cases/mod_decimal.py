# decimal workload: pi to a few thousand digits by the series of the
# decimal module's documentation (additions, multiplications and
# divisions of long coefficients), then sums and products of many
# short decimals at the default precision, with quantize and comparisons.
import decimal
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


def ledger(count):
    total = Decimal(0)
    cent = Decimal('0.01')
    big = 0
    for i in range(count):
        price = Decimal(i % 997) / 7
        line = (price * Decimal('1.0825')).quantize(cent)
        total += line
        if line > 100:
            big += 1
    return total, big


def main():
    p = pi_digits(2500)
    total, big = ledger(60000)
    return "%s %s %s" % (str(p)[-12:], total, big)


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
