# cmath.log with a base, and log10: the quotient of two complex logarithms
# as the / operator divides, with the errors of the last logarithm taken.
# lib: mathvalues
import cmath
from mathvalues import Stream, outcome

stream = Stream(4711)
bases = [2, 10, 0.5, -2, 1j, 2 + 3j, 1e-300, 1e300, complex(0.0, -1e-310), 1, 0, -0.0, float("inf"), float("nan")]
for z in [8, 100, 1j, -1, -8j, 3 + 4j, 0, 1e308 + 1e308j, 1e-320, float("inf"), complex(float("nan"), 1)]:
    print(repr(z), [outcome(cmath.log, z, b) for b in bases], outcome(cmath.log10, z))
print([outcome(cmath.log, complex(stream.float(), stream.float()), complex(stream.near(5.0), stream.near(5.0)))
       for _ in range(150)])
