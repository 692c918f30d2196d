from decimal import *
def show(f, *a):
    c = getcontext()
    c.clear_flags()
    try:
        r = repr(f(*a))
    except Exception as e:
        r = type(e).__name__ + ' ' + repr(e)
    print(r, sorted(k.__name__ for k, v in c.flags.items() if v))
D = Decimal
for a, b in [('2', '10'), ('2', '-1'), ('3', '-1'), ('1.5', '2'), ('1.50', '2'), ('-2', '3'), ('-2', '2'), ('0', '0'),
             ('0', '2'), ('-0', '3'), ('0', '-1'), ('-0', '-1'), ('-0', '-2'), ('4', '0.5'), ('2', '0.5'), ('1', '0.5'),
             ('-2', '0.5'), ('10', '2.0'), ('10', '20'), ('7', '1E+2'), ('1.000001', '1000000'), ('inf', '2'),
             ('-inf', '3'), ('-inf', '-3'), ('inf', '0'), ('2', 'inf'), ('0.5', 'inf'), ('2', '-inf'), ('nan', '1'),
             ('1', 'nan'), ('snan', '0'), ('9', '1E+10'), ('1E+500000', '3'), ('10', '-3'), ('0.5', '-1'),
             ('2', '100'), ('3', '0.3333333333333333333333333333'), ('1.1', '1.1'), ('123.456', '-2.5'),
             ('2', '1E-30'), ('-1', '1E+20'), ('-1', '1E+20'), ('5', '-200')]:
    show(pow, D(a), D(b))
print(D(2) ** 3, 2 ** D(3), D('1.5') ** 2, D(4) ** D('0.5'))
for m in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN]:
    c = Context(prec=9, rounding=m)
    print(m, c.power(D(2), D('0.5')), c.power(D(3), D(-1)), c.power(D(7), D(20)), c.power(D('1.07'), D('12.5')))
show(D(2).__pow__, 1.5)
show(lambda: D(2) ** 'x')
c = Context(traps=[])
for a, b, m in [(3, 4, 5), (-3, 3, 5), (3, -1, 5), (3, 4, 0), (0, 0, 5), ('3.5', 4, 5), (3, 4, '-7'), (3, 4, 10**30),
                ('nan', 4, 5), ('inf', 4, 5), ('30E-1', '4E0', 5), ('3E1', 2, 7), (-5, 3, 5), (2, 100, 97), ('snan', 1, 1)]:
    c.clear_flags()
    print(a, b, m, repr(c.power(Decimal(a), Decimal(b), Decimal(m))), c.flags[InvalidOperation])
show(getcontext().power, 3, 4, 5.0)
show(lambda: getcontext().power(a=2, b=3, modulo=5))
