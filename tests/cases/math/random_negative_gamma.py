# gamma and lgamma on the negative axis, where the reflection formula and
# sin(pi x) near the integers decide the last bits.
# lib: mathvalues
import math
from mathvalues import Stream, outcome

stream = Stream(1618)
values = [-stream.unit() * 30 for _ in range(200)] + [-stream.unit() * 190 for _ in range(100)]
values += [-n + d for n in range(1, 40, 3) for d in (1e-12, 1e-7, 0.25, 0.5, 0.75, 1 - 1e-9)]
print("gamma", [outcome(math.gamma, x) for x in values])
print("lgamma", [outcome(math.lgamma, x) for x in values])
