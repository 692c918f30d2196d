# decimal.IEEEContext: the interchange formats' contexts, their arithmetic,
# and the argument errors.
import decimal
for b in (32, 64, 96, 128, 256, 512):
    print(b, decimal.IEEEContext(b))
for bad in (0, 16, 33, -32, 544, 1024, 2**40, 2**100, -2**100, 'x', 32.0, True, None):
    try:
        print(decimal.IEEEContext(bad))
    except Exception as e:
        print(repr(bad)[:20], type(e).__name__, e)
class I(int):
    pass
print(decimal.IEEEContext(I(64)))
for call in (lambda: decimal.IEEEContext(bits=64), lambda: decimal.IEEEContext(), lambda: decimal.IEEEContext(32, 64)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
c = decimal.IEEEContext(64)
print(c.create_decimal('1.23456789012345678901'), c.Etiny(), c.Etop(), type(c))
print(c.divide(decimal.Decimal(1), decimal.Decimal(3)), c.flags[decimal.Inexact])
print(c.multiply(decimal.Decimal('9e384'), decimal.Decimal(10)), c.flags[decimal.Overflow])
print(c.create_decimal('1e-400'), c.flags[decimal.Subnormal])
with decimal.localcontext(decimal.IEEEContext(32)) as ctx:
    print(decimal.Decimal(2).sqrt(), decimal.Decimal('1234567.89') + 1, ctx.prec)
print(decimal.IEEE_CONTEXT_MAX_BITS, decimal.IEEEContext.__doc__)
