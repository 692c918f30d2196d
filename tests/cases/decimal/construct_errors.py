from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for v in [b'1', bytearray(b'1'), 1j, None, [], {}, object(), 1.5j]:
    show(Decimal, v)
show(Decimal, '1', 3)
show(Decimal, '1', context=3)
show(Decimal, value='2')
show(Decimal, '1', Context(), 5)
show(Decimal, 'abc', Context(traps=[]))
c = Context(traps=[])
show(Decimal, 'xyz', c)
print(c.flags[InvalidOperation])
