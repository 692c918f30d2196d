# The three-argument forms of __pow__ and __rpow__ on the built-in numbers and
# Decimal, and pow() with a modulus reaching a class's __rpow__ (3.14).
cases = [("(3.0).__pow__(2, 5)", lambda: (3.0).__pow__(2, 5)), ("(3.0).__rpow__(2, 5)", lambda: (3.0).__rpow__(2, 5)),
         ("(3).__rpow__(2, 5)", lambda: (3).__rpow__(2, 5)), ("(3).__rpow__(2, None)", lambda: (3).__rpow__(2, None)),
         ("(3).__rpow__(2.0, 5)", lambda: (3).__rpow__(2.0, 5)), ("(3).__pow__(2, 5)", lambda: (3).__pow__(2, 5)),
         ("(3).__pow__(2.0, 5)", lambda: (3).__pow__(2.0, 5)), ("(2j).__pow__(2, 5)", lambda: (2j).__pow__(2, 5)),
         ("(2j).__rpow__(2, 5)", lambda: (2j).__rpow__(2, 5)), ("True.__rpow__(2, 3)", lambda: True.__rpow__(2, 3)),
         ("(3).__rpow__(2, 5, 6)", lambda: (3).__rpow__(2, 5, 6)), ("(3).__rpow__()", lambda: (3).__rpow__()),
         ("(3).__pow__()", lambda: (3).__pow__()), ("(3).__pow__(1,2,3)", lambda: (3).__pow__(1, 2, 3)),
         ("(3).__rpow__(2, 0)", lambda: (3).__rpow__(2, 0)), ("(3).__rpow__(2, mod=5)", lambda: (3).__rpow__(2, mod=5)),
         ("'a'.__mod__(1, 2)", lambda: 'a'.__mod__(1, 2))]
for e, f in cases:
    try: print(e, repr(f()))
    except Exception as x: print(e, type(x).__name__, x)
from decimal import Decimal
class D(Decimal): pass
print(D(3).__rpow__(2, 5), D(3).__rpow__(2, None), Decimal(3).__rpow__(2.0, 5))
print(Decimal(3).__pow__(2, 5), Decimal(3).__rpow__(Decimal(2), 5))
try: print(Decimal(3).__rpow__(2, 5, 1))
except TypeError as e: print(e)
try: print(Decimal(3).__rpow__(2, 5.0))
except TypeError as e: print(e)
for f in [lambda: (3.0).__pow__("x", 5), lambda: (3.0).__rpow__("x", 5), lambda: (2j).__pow__("x", 5), lambda: pow("x", 2.0, 5),
          lambda: pow(2, 2, 5.0), lambda: pow(2j, 2, 5), lambda: pow(2, 2j, 5), lambda: pow(2, 2, 5j), lambda: pow("a", "b", "c"),
          lambda: pow(True, 3, 2), lambda: pow(10**30, 3, 7), lambda: pow(2, -1, 7), lambda: pow(2, -1, 4)]:
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
class P:
    def __rpow__(self, other, mod=None): return ('rpow', other, mod)
    def __pow__(self, other, mod=None): return ('pow', other, mod)
print(pow(2, P(), 5), pow(P(), 2, 5), 2 ** P())
print((5).__rpow__(2, 7), (5).__pow__(2, 7), True.__pow__(True, 2))
