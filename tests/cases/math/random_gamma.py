# gamma and lgamma over seeded floats, near the poles, around the switch
# points of the approximation (5, 140, 200, 1e-20) and over the integers.
# lib: mathvalues
import math
from mathvalues import Stream, SPECIAL_FLOATS, outcome

stream = Stream(4242)
values = list(SPECIAL_FLOATS)
values += [stream.near(30.0) for _ in range(300)]
values += [stream.near(180.0) for _ in range(200)]
values += [n + stream.near(1e-6) for n in range(-20, 25)]
values += [k + d for k in (5.0, 140.0, 200.0, 5.524680040776729) for d in (-1e-9, -0.5, 0.0, 0.5, 1e-9)]
values += [s * 10.0 ** -e for s in (1.0, -1.0) for e in range(15, 25)]
values += [float(n) for n in range(-3, 30)] + [n + 0.5 for n in range(-30, 30)]
print("gamma", [outcome(math.gamma, x) for x in values])
print("lgamma", [outcome(math.lgamma, x) for x in values])
print("lgamma big", [outcome(math.lgamma, 10.0 ** e) for e in range(0, 310, 7)])
print("gamma ints", [outcome(math.gamma, n) for n in range(-2, 180, 3)])
