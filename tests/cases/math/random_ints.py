# The integer functions of math over seeded small, large and huge ints.
# lib: mathvalues
import math
from mathvalues import Stream, outcome

stream = Stream(31337)
ints = [stream.int() for _ in range(200)]
print("gcd", [outcome(math.gcd, a, b) for a, b in zip(ints, ints[1:])])
print("gcd3", [outcome(math.gcd, a, b, c) for a, b, c in zip(ints, ints[1:], ints[2:])])
print("lcm", [outcome(math.lcm, a, b) for a, b in zip(ints, ints[1:])])
print("isqrt", [outcome(math.isqrt, a) for a in ints])
small = [stream.below(60) - 5 for _ in range(120)]
print("factorial", [outcome(math.factorial, n) for n in small])
print("comb", [outcome(math.comb, n, k) for n, k in zip(small, small[::-1])])
print("perm", [outcome(math.perm, n, k) for n, k in zip(small, small[::-1])])
print("comb big", [outcome(math.comb, abs(a), stream.below(30)) for a in ints[:40]])
print("perm big", [outcome(math.perm, abs(a), stream.below(20)) for a in ints[:40]])
