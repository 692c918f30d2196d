# decimal workload of everyday money arithmetic: prices parsed from text,
# quantities and tax rates multiplied, line totals rounded to cents with
# quantize, running sums, discounts, comparisons and the text of totals.
import time
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN


CENT = Decimal("0.01")


def invoice(items, rate, discount):
    net = Decimal(0)
    tax = Decimal(0)
    for price, qty in items:
        line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
        if line > discount:
            line -= discount
        net += line
        tax += (line * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
    return net, tax, net + tax


def main():
    prices = [Decimal("%d.%02d" % (3 + i * 7 % 250, i * 37 % 100)) for i in range(200)]
    rates = [Decimal("0.19"), Decimal("0.07"), Decimal("0.205"), Decimal("0.0825")]
    discount = Decimal("5.50")
    checksum = Decimal(0)
    texts = 0
    for n in range(4000):
        items = [(prices[(n + j * 13) % 200], 1 + (n * j) % 9) for j in range(20)]
        net, tax, gross = invoice(items, rates[n % 4], discount)
        checksum += gross
        if gross > net * 2:
            checksum -= 1
        texts += len(str(gross)) + len(str(tax))
        checksum += (gross / 12).quantize(CENT)
    return str(checksum) + " " + str(texts)


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
