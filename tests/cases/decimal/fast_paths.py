# Edges of the shortcuts in division and in sums of far-apart operands:
# quotients of exactly prec digits rounded from the remainder (ties,
# 05UP, carries from 99..9 into a new digit, overflow after the carry,
# subnormal and clamped results), and long terms far below a sum whose
# dropped digits are zero, a power of two or anything else.
from decimal import Context, Decimal, ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, \
    ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP

MODES = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
SIGNALS = ['Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
           'Overflow', 'Underflow', 'FloatOperation']


def flags(ctx):
    return ','.join(name for name in SIGNALS if ctx.flags[getattr(__import__('decimal'), name)])


def run(ctx, op, a, b):
    ctx.clear_flags()
    try:
        r = getattr(ctx, op)(Decimal(a), Decimal(b))
        print(op, a, b, ctx.prec, ctx.rounding, repr(r), flags(ctx))
    except Exception as e:
        print(op, a, b, ctx.prec, ctx.rounding, type(e).__name__, flags(ctx))


DIVS = [('1', '8'), ('-1', '8'), ('3', '8'), ('5', '16'), ('1', '3'), ('2', '3'), ('-2', '3'),
        ('1', '7'), ('22', '7'), ('9999', '10001'), ('99999', '100001'), ('1', '9'), ('-8', '9'),
        ('19', '20'), ('999', '1000.1'), ('1E+5', '3'), ('7E-5', '-3'), ('123456789', '0.0007'),
        ('9999999999999999999', '3'), ('99999999999999999999', '7'), ('18446744073709551615', '11'),
        ('-0', '3'), ('0E+3', '-7'), ('1', '-0'), ('0', '0')]
for prec in (1, 2, 3, 5, 9, 19, 20):
    for mode in MODES:
        ctx = Context(prec=prec, rounding=mode, traps=[])
        for a, b in DIVS:
            run(ctx, 'divide', a, b)

# results near the ends of the exponent range
for mode in MODES:
    for clamp in (0, 1):
        ctx = Context(prec=3, rounding=mode, Emin=-5, Emax=5, clamp=clamp, traps=[])
        for a, b in [('1', '3E+5'), ('1', '7E+6'), ('1', '3E+7'), ('2', '3E+9'), ('9.995', '1E-5'),
                     ('9.994', '1E-5'), ('9996', '1E-2'), ('-9995', '1E-2'), ('1', '9.99E-6'),
                     ('1', '3E-3'), ('5', '3'), ('5E+3', '3'), ('1', '8E+5'), ('1', '6E+5')]:
            run(ctx, 'divide', a, b)

# a long term far below a sum: what is cut off is zero, a multiple of a
# power of two only, or anything
TERMS = ['1' + '0' * 60, str(2 ** 200), str(5 ** 90), str(3 ** 130), '9' * 60, str(2 ** 100 * 10 ** 20)]
for prec in (20, 28, 40):
    for mode in MODES:
        ctx = Context(prec=prec, rounding=mode, traps=[])
        for term in TERMS:
            for exp in (-30, -45, -70, -100):
                t = Decimal('%sE%d' % (term, exp))
                for big in ('1', '-1', '0.5', '9' * prec, '-' + '9' * prec):
                    run(ctx, 'add', big, str(t))
                    run(ctx, 'subtract', big, str(t))

# long precision: terms shrinking one digit at a time (the cached powers)
ctx = Context(prec=300, traps=[])
s = Decimal(1)
t = Decimal(1)
for i in range(1, 400):
    t = ctx.divide(t, 7)
    s = ctx.add(s, t)
    if i % 37 == 0:
        print(i, str(s)[-12:], str(t)[:12], t.adjusted())
print(s)

# a sum that loses its only digit to a term far below it
for prec in (1, 2, 3):
    for mode in MODES:
        ctx = Context(prec=prec, rounding=mode, traps=[])
        for big in ('1E-104', '-1E+149', '10', '1.0', '100'):
            for tiny in ('1.25E-261', '-9.99E-245', '5E-300', '1E-50'):
                run(ctx, 'add', big, tiny)
                run(ctx, 'subtract', big, tiny)

# quantize to a subnormal result: Subnormal, Inexact and Rounded, never Underflow
for mode in MODES:
    ctx = Context(prec=5, rounding=mode, Emin=-5, Emax=5, traps=[])
    for a, b in [('1E-11', '1.0E-9'), ('9E-10', '1E-9'), ('9.9E-10', '1.1E-9'), ('-1.5E-8', '1E-8'),
                 ('1.23E-7', '1E-8'), ('1.2E-7', '1E-8'), ('5E-12', '1E-9')]:
        run(ctx, 'quantize', a, b)

# word-sized coefficients: sums and products at the edges of 64 bits and
# of the precision, zeros of both signs, exponents at the context's limits
WORDS = ['18446744073709551615', '18446744073709551616', '9999999999999999999', '1E+18', '-1',
         '0', '-0', '0E-3', '-0E+2', '123.45', '-9.99', '4294967296', '4294967295E-10']
for prec in (3, 19, 20, 28):
    for mode in (ROUND_HALF_EVEN, ROUND_FLOOR, ROUND_UP):
        for clamp in (0, 1):
            ctx = Context(prec=prec, rounding=mode, Emin=-20, Emax=20, clamp=clamp, traps=[])
            for a in WORDS:
                for b in WORDS:
                    run(ctx, 'add', a, b)
                    run(ctx, 'subtract', a, b)
                    run(ctx, 'multiply', a, b)
