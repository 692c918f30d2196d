# float() and str() of Decimals around the limits of their quick paths:
# coefficients near 2**53, 2**64 and 2**128, exponents near +-22, signed
# zeros, and the text of long and short coefficients.
from decimal import Decimal, localcontext

vals = []
for c in [0, 1, 5, 9, 2**53 - 1, 2**53, 2**53 + 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
          10**19 - 1, 10**19, 10**20 + 7, 2**127, 2**128 - 1, 2**128, 10**38 - 1, 10**38, 10**39 + 3,
          123456789012345678901234567890123456789012345]:
    for e in [-30, -23, -22, -21, -7, -6, -1, 0, 1, 5, 21, 22, 23, 40, 308, 309, -320, -330]:
        for sign in ("", "-"):
            vals.append(Decimal(f"{sign}{c}E{e}"))
out = []
for v in vals:
    f = float(v)
    out.append(f"{v} {v!r} {f!r} {v.to_eng_string()} {str(-v)}")
for line in out[::11]:
    print(line)
import hashlib
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
print(float(Decimal("NaN")), float(Decimal("-Inf")), str(Decimal("-sNaN12")), repr(Decimal("NaN123")))
try:
    float(Decimal("sNaN"))
except ValueError as e:
    print(e)
with localcontext() as c:
    c.capitals = 0
    print(str(Decimal("1.5E+30")), repr(Decimal("-2E-40")), Decimal("1E+1000000").to_eng_string())
print(str(Decimal("0E-1000")), str(Decimal("-0E+5")), Decimal("0E+7").to_eng_string(), Decimal("0E-8").to_eng_string())
print(str(Decimal(2) ** 200), str(Decimal(1) / 3), str(Decimal("7" * 60 + "E-70")))
print(Decimal("12.5").__reduce__(), Decimal(10**40).__reduce__())
