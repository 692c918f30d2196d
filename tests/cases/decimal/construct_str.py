from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for s in ['0', '-0', '1', '-1.5', '+2.50', '1e5', '1E+5', '1e-5', '.5', '5.', '0.000', '123.456e-10',
          '  7 ', '\t8\n', '1_000', '1__0', '_1', '1_', 'Inf', '-inf', 'Infinity', '-INFINITY', 'nan', 'NaN123',
          '-nan', 'sNaN', '-snan42', 'nan0012', '1e', 'e5', '.', '', ' ', '+', '-', '1.2.3', '1e2.5', 'infinit',
          'nan1e', '0x10', '1 2', '1e+', '--1', '+-1', '1e99999999999999999999', '1e-99999999999999999999',
          '\u0661\u0662', '\uff11\uff12.5', '\u00bd', '1\u00a0', '\u2003 5 \u2003', '12345678901234567890123456789012345']:
    show(Decimal, s)
