from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['7', '-7', '2', '-2', '0.5', '-0.3', '0', '-0', '10.75', '1E+3', 'inf', '-inf', 'nan']
for a in vals:
    row = []
    for b in vals:
        try:
            row.append('%s %s' % (Decimal(a) // Decimal(b), Decimal(a) % Decimal(b)))
        except DecimalException as e:
            row.append(type(e).__name__ + str(e))
    print(a, row)
show(lambda: Decimal('1E+50') // 3)
show(lambda: Decimal('1E+50') % 3)
show(lambda: Decimal(10) // Decimal('0.0000000000000000000000000000001'))
show(lambda: 7 // Decimal(2))
show(lambda: 7 % Decimal(-2))
c = Context(traps=[])
print(c.divide_int(Decimal('1E+40'), 7), c.remainder(Decimal('1E+40'), 7), c.flags[InvalidOperation])
