# polar and rect: round trips, the signs of zero results, infinite radii
# with finite angles, and phase on the axes.
# lib: mathvalues
import cmath
import math
from mathvalues import Stream, outcome

stream = Stream(1234)
for _ in range(120):
    z = complex(stream.float(), stream.float())
    r = outcome(cmath.polar, z)
    print(repr(z), r, outcome(lambda: cmath.rect(*cmath.polar(z))))
for r in [0.0, -0.0, 1.0, -1.0, 2.0, math.inf, -math.inf, math.nan]:
    print(repr(r), [outcome(cmath.rect, r, phi) for phi in [0.0, -0.0, math.pi / 2, -math.pi, 1.0, 3.0, -2.0, math.inf, math.nan]])
for z in [1, -1, 1j, -1j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(-1, -0.0), complex(-1, 0.0)]:
    print(repr(z), outcome(cmath.phase, z), outcome(cmath.polar, z))
