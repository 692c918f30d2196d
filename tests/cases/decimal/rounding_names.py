# Rounding modes named by the module's constants, by equal strings made at
# run time (not the same objects), and by strings that are not names.
import decimal
from decimal import Decimal, Context, localcontext


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
    else:
        print(repr(r))


class S(str):
    pass


x = Decimal("2.345")
names = [n for n in dir(decimal) if n.startswith("ROUND_")]
for n in names:
    const = getattr(decimal, n)
    built = "".join(["ROUND", "_", n[6:]])
    print(n, const is built, x.quantize(Decimal("0.01"), rounding=const),
          x.quantize(Decimal("0.01"), rounding=built),
          (-x).quantize(Decimal("0.1"), rounding=S(n)),
          x.to_integral_value(rounding=built), Context(prec=2, rounding=built).rounding)

for bad in ["ROUND_", "ROUND_U", "ROUND_UPX", "ROUND_UP\0", "round_up", "ROUND_HALF",
            "ROUND_HALF_EVENS", "ROUND_05UP ", "ROUND_\udc80", "", "ROUND_CEILINGROUND_CEILING",
            b"ROUND_UP", 3, None]:
    show(x.quantize, Decimal("0.01"), rounding=bad)
    show(Context, rounding=bad)
with localcontext() as c:
    show(setattr, c, "rounding", "ROUND_FLOOR")
    print(c.rounding, Decimal(7) / 3)
    show(setattr, c, "rounding", "ROUND_FLOOR_")
    print(c.rounding)
