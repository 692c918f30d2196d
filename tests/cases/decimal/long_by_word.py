# Long coefficients (hundreds of digits) divided and multiplied by one-word
# numbers under every rounding mode: the quotient, the rounding of the digits
# dropped, and the flags raised.
import decimal
from decimal import Decimal, localcontext

modes = [decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_UP, decimal.ROUND_DOWN,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
big = Decimal("1" + "234567890" * 40)
neg = -Decimal("9" * 300 + "5")
divisors = [Decimal(3), Decimal(7), Decimal(10), Decimal(2**63 + 1), Decimal(2**64 - 1), Decimal(18446744073709551557),
            Decimal("0.3"), Decimal(-11), Decimal(1024)]
for mode in modes:
    with localcontext(prec=200, rounding=mode) as ctx:
        for a in (big, neg, big * 1000 + 5):
            for d in divisors:
                ctx.clear_flags()
                q = a / d
                m = a * d
                flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
                print(mode, str(q)[-12:], q.adjusted(), str(m)[-12:], m.adjusted(), flags)
with localcontext(prec=500):
    x = Decimal(1)
    for k in range(1, 60):
        x = x * (k + 1) / (2 * k + 1) + Decimal(k) / 7
    print(str(x)[:40], str(x)[-40:])
