# Subclasses, copies, pickling support and the class's surface.
import copy
import numbers
from fractions import Fraction as F

class G(F):
    pass

g = G(3, 6)
print(repr(g), type(g).__name__, type(g + 1).__name__, type(-g).__name__, type(+g).__name__)
print(copy.copy(F(1, 2)) is not None, copy.deepcopy(g), type(copy.copy(g)).__name__)
print(F(1, 2).__reduce__(), g.__reduce__())
print(isinstance(F(1, 2), numbers.Rational), issubclass(F, numbers.Real), F.__slots__)
print(G.from_float(0.75), type(G.from_float(0.75)).__name__, G.from_number(2), type(G.from_number(2)).__name__)
try:
    F(1, 2).numerator = 5
except AttributeError as e:
    print("AttributeError")
print(F.__doc__)
print(F.__new__.__doc__[:60])
for name in ("limit_denominator", "from_float", "from_decimal", "from_number", "as_integer_ratio",
             "is_integer", "__round__", "__pow__", "__add__", "__radd__", "__format__"):
    print(name, repr(getattr(F, name).__doc__))
