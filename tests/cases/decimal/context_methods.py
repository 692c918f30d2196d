from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=6, traps=[])
x, y = Decimal('1.23456789'), Decimal(-3)
for name in ['abs', 'add', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'copy_abs',
             'copy_decimal', 'copy_negate', 'copy_sign', 'divide', 'divide_int', 'divmod', 'is_canonical',
             'is_finite', 'is_infinite', 'is_nan', 'is_normal', 'is_qnan', 'is_signed', 'is_snan', 'is_subnormal',
             'is_zero', 'logb', 'max', 'max_mag', 'min', 'min_mag', 'minus', 'multiply', 'next_minus',
             'next_plus', 'next_toward', 'normalize', 'number_class', 'plus', 'quantize', 'remainder',
             'remainder_near', 'same_quantum', 'scaleb', 'sqrt', 'subtract', 'to_eng_string', 'to_sci_string',
             'to_integral', 'to_integral_exact', 'to_integral_value', 'canonical']:
        m = getattr(c, name)
        try:
            r = m(x, y)
        except TypeError:
            r = m(x)
        print(name, repr(r))
print(c.flags)
show(c.add, 1.5, 1)
show(c.add, '1', 1)
show(c.add, 1)
show(c.abs, -5)
show(c.fma, 2, 3, 4)
print(c.radix(), c.create_decimal(), c.create_decimal('1.234567890'))
