from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for name in ['compare', 'quantize', 'to_integral', 'fma', 'sqrt', 'as_tuple', 'adjusted', 'from_float', 'copy_abs', 'next_toward']:
    print(name, getattr(Decimal, name).__text_signature__)
for name in ['add', 'copy', 'create_decimal', 'fma', 'to_integral']:
    print(name, getattr(Context, name).__text_signature__)
print(Decimal.__text_signature__, Context.__text_signature__, getcontext.__text_signature__, setcontext.__text_signature__)
show(Decimal(1).compare)
show(Decimal(1).compare, 1, 2, 3)
show(Decimal(1).sqrt, 1, 2)
show(Decimal(1).quantize, exp=1, foo=2)
show(Decimal(1).adjusted, 1)
show(getcontext().add, 1)
show(getcontext, 1)
show(Context().copy, 1)
