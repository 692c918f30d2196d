# Sums and differences of long coefficients far apart and close together,
# at precisions around their lengths, in every rounding mode; also long
# quotients by one-word divisors and the rounding of long products.
from decimal import Context, Decimal, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, \
    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP
import hashlib

MODES = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
state = 99


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def number(length):
    kind = rnd(6)
    if kind == 0:
        digits = "9" * length
    elif kind == 1:
        digits = "1" + "0" * (length - 1)
    elif kind == 2:
        digits = "5" + "0" * (length - 2) + str(rnd(10))
    else:
        digits = str(1 + rnd(9)) + "".join(str(rnd(10)) for _ in range(length - 1))
    return Decimal(("-" if rnd(2) else "") + digits + "E" + str(rnd(200) - 100))


lines = []
for i in range(700):
    prec = [30, 45, 50, 51, 64, 80, 99, 100, 101, 150][rnd(10)]
    c = Context(prec=prec, rounding=MODES[rnd(8)], traps=[])
    a = number([prec - 1, prec, prec + 1, 60, 5, 120][rnd(6)])
    b = number([prec, 40, 3, 1, 90, 150][rnd(6)])
    c.clear_flags()
    row = [c.add(a, b), c.subtract(b, a), c.divide(a, Decimal(1 + rnd(10**15))),
           c.multiply(a, Decimal(rnd(10**12) + 1)), c.add(a, a.scaleb(-(prec + rnd(8) - 4)))]
    flags = "".join(s.__name__[:3] for s, v in c.flags.items() if v)
    lines.append(" ".join(map(str, row)) + " " + flags)
for line in lines[::50]:
    print(line)
print(hashlib.sha256("\n".join(lines).encode()).hexdigest())
