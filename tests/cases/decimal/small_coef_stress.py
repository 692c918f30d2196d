# Coefficients of up to 40 digits (around the 64- and 128-bit limits) added,
# subtracted, multiplied, divided and quantized in many contexts: every
# precision near those limits, every rounding mode, narrow exponent ranges
# (subnormal, overflow, clamped results); results and flags.
from decimal import (Decimal, Context, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MODES = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
state = 12345


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def number():
    kind = rnd(10)
    if kind == 0:
        digits = "9" * (1 + rnd(40))
    elif kind == 1:
        digits = "1" + "0" * rnd(39)
    elif kind == 2:
        digits = str((1 << (63 + rnd(3) * 64 // 2)) + rnd(3) - 1)
    elif kind == 3:
        digits = "5" + "0" * rnd(20)
    else:
        digits = "".join(str(rnd(10)) for _ in range(1 + rnd(40)))
    sign = "-" if rnd(3) == 0 else ""
    return Decimal(f"{sign}{digits}E{rnd(50) - 25}")


def flags(c):
    return "".join(s.__name__[0:3] for s, v in c.flags.items() if v)


def run(c, f, *a):
    c.clear_flags()
    try:
        r = f(*a)
    except Exception as e:
        return type(e).__name__
    return f"{r} {flags(c)}"


lines = []
for i in range(1500):
    prec = [1, 2, 5, 9, 17, 18, 19, 20, 27, 28, 29, 37, 38, 39, 40][rnd(15)]
    narrow = rnd(4) == 0
    c = Context(prec=prec, rounding=MODES[rnd(8)], Emin=-30 if narrow else -999999,
                Emax=30 if narrow else 999999, clamp=rnd(2) if narrow else 0, traps=[])
    a, b = number(), number()
    q = Decimal(f"1E{rnd(30) - 15}")
    row = [run(c, c.add, a, b), run(c, c.subtract, a, b), run(c, c.multiply, a, b),
           run(c, c.divide, a, b), run(c, c.quantize, a, q), run(c, c.plus, a),
           run(c, c.to_integral_value, a)]
    lines.append(f"{prec} {c.rounding[6:]} {int(narrow)} {a} {b} | " + " | ".join(row))
for line in lines[::5]:
    print(line)
import hashlib
print(hashlib.sha256("\n".join(lines).encode()).hexdigest())
