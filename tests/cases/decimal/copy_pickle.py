from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

import copy
d = Decimal('-1.50')
print(copy.copy(d) is d, copy.deepcopy(d) is d, d.__reduce__(), d.__copy__() is d)
c = Context(prec=7, flags=[Inexact], traps=[Overflow])
print(c.__reduce__())
c2 = copy.copy(c)
print(c2, c2 is c)
print(copy.deepcopy(c))
f, args = c.__reduce__()
print(f(*args))
class D(Decimal):
    pass
x = D('2.5')
print(type(copy.copy(x)).__name__, x.__reduce__()[0].__name__, repr(x), type(x + 1).__name__)
