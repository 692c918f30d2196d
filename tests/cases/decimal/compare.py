from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['0', '-0', '0.0', '1', '1.0', '-1', '2', '1E+10', '-inf', 'inf']
for a in vals:
    print(a, [(Decimal(a) < Decimal(b), Decimal(a) == Decimal(b), Decimal(a) >= Decimal(b)) for b in vals])
print(Decimal(1) == 1, Decimal('1.5') > 1, 2 > Decimal('1.5'), Decimal(0) == False, Decimal(1) == True)
print(max(Decimal(1), Decimal('1.0')), min(Decimal(2), 1), sorted([Decimal('2.5'), 1, Decimal('-3'), 2]))
print(Decimal(1) == 'a', Decimal(1) != 'a', Decimal(1) == None)
show(lambda: Decimal(1) < 'a')
show(lambda: Decimal(1) < None)
print(Decimal('nan') == Decimal('nan'), Decimal('nan') != Decimal('nan'), Decimal('nan') == 1)
show(lambda: Decimal('nan') < 1)
show(lambda: Decimal('snan') == 1)
show(lambda: 1 <= Decimal('nan'))
c = getcontext(); c.traps[InvalidOperation] = False
print(Decimal('nan') < 1, Decimal('nan') >= 1, c.flags[InvalidOperation])
c.traps[InvalidOperation] = True
