from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for cls in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow,
            Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(DivisionUndefined, ZeroDivisionError), issubclass(Overflow, Inexact))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e.args, str(e))
try:
    Decimal('x')
except ArithmeticError as e:
    print('caught', repr(e), e.args[0][0] is ConversionSyntax)
