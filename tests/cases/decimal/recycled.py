# Decimals made and dropped in quick succession (the interpreter may reuse
# their memory): each new one starts clean, whatever the last one held.
from decimal import Decimal, getcontext


class D(Decimal):
    pass


seen = []
for i in range(300):
    a = Decimal(i) / 7                     # long coefficients
    h = hash(a)
    big = Decimal(10) ** 200 + i           # beyond a few words
    neg = -Decimal("1E-5") * i
    nan = Decimal("-sNaN123") if i % 50 == 0 else Decimal("Inf")
    del a, big, neg, nan
    z = Decimal(0) * 1                     # a fresh zero after a NaN, a negative, a big one
    s = D(i) + 1                           # subclass operands, Decimal results
    t = D("12.50")
    seen.append((str(z), z.is_signed(), repr(s), type(s).__name__, hash(Decimal(i)) == hash(i),
                 hash(t) == hash(Decimal("12.5")), h == hash(Decimal(i) / 7), type(t).__name__))
for row in seen[::37]:
    print(row)
print(len(set(seen)))
getcontext().prec = 50
xs = [Decimal(k).sqrt() for k in range(40)]
print(sum(xs), hash(sum(xs)) == hash(sum(xs[::-1]) + 0))
del xs
print([str(Decimal(k) / 3) for k in range(5)])
