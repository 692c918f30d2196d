# nextafter with many steps agrees with stepping one at a time; ulp and
# frexp/ldexp/modf round trips over seeded floats.
# lib: mathvalues
import math
from mathvalues import Stream, outcome

stream = Stream(2718)
for _ in range(150):
    x, y = stream.float(), stream.float()
    steps = stream.below(40)
    one_by_one = x
    for _ in range(steps):
        one_by_one = math.nextafter(one_by_one, y)
    print(outcome(math.nextafter, x, y, steps=steps), repr(one_by_one), outcome(math.ulp, x))
    m, e = math.frexp(x)
    print(repr(m), e, outcome(math.ldexp, m, e), outcome(math.modf, x))
