# The operators between fractions, ints, floats and complex numbers.
import operator
from fractions import Fraction as F

vals = [F(1, 3), F(-7, 2), F(0), F(5), F(2**70, 3**40)]
others = [F(2, 5), F(-1, 6), 3, -2, True, 0.5, -1.25, 1j, 2 + 0.5j]
for a in vals:
    for b in others:
        row = []
        for op in (operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
                   operator.mod, divmod):
            try:
                r = (op(a, b), op(b, a))
            except (ZeroDivisionError, TypeError) as e:
                r = type(e).__name__ + ': ' + str(e)
            row.append(r)
        print(a, b, row)
