# The two-argument float functions of math over seeded pairs of special,
# tiny, huge and ordinary floats: repr of each result or the exception.
# lib: mathvalues
import math
from mathvalues import Stream, SPECIAL_FLOATS, outcome

stream = Stream(77001)
pairs = [(x, y) for x in SPECIAL_FLOATS[:16] for y in SPECIAL_FLOATS[:16]]
pairs += [(stream.float(), stream.float()) for _ in range(400)]
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "hypot", "nextafter", "isclose", "log"]:
    fn = getattr(math, name)
    print(name, [outcome(fn, x, y) for x, y in pairs])
print("dist", [outcome(math.dist, (x,), (y,)) for x, y in pairs])
print("fma", [outcome(math.fma, x, y, stream.float()) for x, y in pairs])
print("ldexp", [outcome(math.ldexp, x, stream.int() % 4000 - 2000) for x, _ in pairs])
