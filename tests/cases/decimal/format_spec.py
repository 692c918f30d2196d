from decimal import *
vals = ['0', '-0', '1.5', '-1234567.891', '1E+10', '1.23E-10', '123.456', '0.000123', 'nan', '-inf', '2.5', '12345', '1.00', '-0.001', '9.999', 'snan12']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'g', '.3g', '%', '.1%', 'n', '>12', '<12.3', '^15,.2f', '+', '-', ' .2f',
         '012.3f', '_f', ',', '#.0f', 'z.1f', 'E', 'G', '.10g', '.0e', '.1g', '#g', 'F', '08,.2f', 'x<10', '.30f', '.3',
         '=+10.2f', '*=10', '\u00e9^9', 'z', 'zf', 'z.0f', '#', '#f', '#e', '.0%', '#.0%', '.2n', ',g', ',e', '010',
         '0=10', '-010.1f', '=10', '+010', '010.3e', '09,.1f', '011,f', '_^20.4e', '.0g', '.0', '20,.3%', '.5G']
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(Decimal(v), s))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(s), row)
for s in ['x', 'd', 'c', 'b', '.%', '10.2.3f', ',_f', '_,f', '<010', ',n', '.f', '1.-1f', 'ff']:
    try:
        print(repr(s), format(Decimal(1), s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
getcontext().rounding = ROUND_UP
print(format(Decimal('2.51'), '.0f'), format(Decimal('2.41'), '.0f'), format(Decimal('1.21'), '.1e'), format(Decimal('1.21'), '.2g'))
getcontext().rounding = ROUND_HALF_EVEN
getcontext().capitals = 0
print(format(Decimal('1e10'), ''), format(Decimal('1e10'), '.3'), format(Decimal('1.5e10'), 'G'), format(Decimal('1e10'), 'e'))
getcontext().capitals = 1
print('{:>10.2f}|{:,}|{}'.format(Decimal('3.14159'), Decimal('1234567'), Decimal('-0.5')), f'{Decimal("2.675"):.2f}')
try:
    format(Decimal(1), 5)
except TypeError as e:
    print('TypeError', e)
