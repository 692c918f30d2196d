from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

z, nz = Decimal('0'), Decimal('-0')
print(z == nz, hash(z) == hash(nz), str(nz), repr(-z), repr(+nz), repr(abs(nz)), repr(-nz))
for m in [ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_CEILING]:
    c = Context(rounding=m)
    print(m, [str(x) for x in [c.add(z, nz), c.add(nz, nz), c.subtract(z, z), c.subtract(nz, z), c.add(Decimal(1), Decimal(-1)),
          c.multiply(nz, Decimal(5)), c.multiply(nz, Decimal(-5)), c.divide(nz, Decimal(3)), c.plus(nz), c.minus(z),
          c.minus(nz), c.divide_int(Decimal(-1), Decimal(5)), c.remainder(Decimal(-5), Decimal(5))]])
print(Decimal('-0.000').as_tuple(), Decimal('-0').is_signed(), Decimal('-0').is_zero(), Decimal('-0E+3').normalize())
print(Decimal('-0').sqrt(), Decimal('-0.00').sqrt(), Decimal(-0.0), Decimal('-0') // 1)
