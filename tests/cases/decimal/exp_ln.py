from decimal import *
def show(f, *a):
    c = getcontext()
    c.clear_flags()
    try:
        r = repr(f(*a))
    except Exception as e:
        r = type(e).__name__ + ' ' + repr(e)
    print(r, sorted(k.__name__ for k, v in c.flags.items() if v))
for v in ['0', '-0', '1', '-1', '2', '0.5', '10', '-10', '100', '1E-10', '1E-40', '1E+5', '-1E+5', '123.456', 'inf', '-inf', 'nan', '-snan', '2.302585092994045684017991454684364']:
    show(Decimal(v).exp)
for v in ['1', '1.0', '2', '10', '0.5', '1E+100', '1E-100', '0', '-0', '-1', '0.999999', '1.000001', '123456789', 'inf', 'nan', '2.718281828459045235360287471']:
    show(Decimal(v).ln)
for v in ['1', '10', '100', '0.001', '1.00', '1000', '2', '3', '0.5', '1E+500', '7E-300', '0', '-5', 'inf', 'nan', '31.6227766']:
    show(Decimal(v).log10)
for p in [1, 3, 9, 28, 50, 100]:
    c = Context(prec=p)
    print(p, c.exp(Decimal(1)), c.ln(Decimal(2)), c.log10(Decimal(2)), c.exp(Decimal('-3.7')), c.ln(Decimal('0.001')))
for m in [ROUND_UP, ROUND_DOWN, ROUND_HALF_UP]:
    c = Context(prec=10, rounding=m)
    print(m, c.exp(Decimal(1)), c.ln(Decimal(3)), c.log10(Decimal(7)))
c = Context(prec=5, Emax=9, Emin=-9, traps=[])
for v in ['20', '21', '25', '-20', '-23', '-30']:
    c.clear_flags()
    print(v, c.exp(Decimal(v)), sorted(k.__name__ for k, f in c.flags.items() if f))
