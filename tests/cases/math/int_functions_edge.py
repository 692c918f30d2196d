# factorial, comb, perm, gcd, lcm, isqrt at their edges: zero, bools,
# __index__ objects, int subclasses, huge values, negative values, the
# order in which arguments are checked.
# lib: mathvalues
import math
from mathvalues import report

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Idx(%r)" % (self.v,)

class Sub(int):
    pass

for n in [0, 1, 2, 20, 21, 100, True, False, Idx(6), Sub(7), -1, -(10 ** 30), Idx(-2), 1.0, "5", None]:
    report("factorial" + repr((n,)), math.factorial, n)
    report("isqrt" + repr((n,)), math.isqrt, n)
print(math.factorial(3000).bit_length(), math.factorial(3000) % (10 ** 9 + 7))
for n in [0, 1, 3, 4, 15, 16, 17, 2 ** 52 - 1, 2 ** 52, 2 ** 53 + 1, 2 ** 106, 2 ** 106 - 1, 10 ** 100, 10 ** 1000 + 12345]:
    r = math.isqrt(n)
    print("isqrt", n % 1000, r % 1000, r * r <= n < (r + 1) * (r + 1))
for n, k in [(0, 0), (5, 0), (5, 5), (5, 6), (10, 3), (True, True), (Idx(10), Idx(4)), (Sub(9), 2), (60, 30),
             (-1, 0), (0, -1), (-1, -1), (10 ** 20, 2), (10 ** 20, 10 ** 20 - 2), (10 ** 20, 10 ** 20 + 1),
             (2 ** 64 + 5, 3), (100, 50), (1000, 500), ("5", 2), (5, "2"), (5.0, 2), (5, 2.0), (None, 1)]:
    report("comb" + repr((n, k)), math.comb, n, k)
    report("perm" + repr((n, k)), math.perm, n, k)
for n in [0, 5, -5, Idx(4), True]:
    report("perm" + repr((n,)), math.perm, n)
for args in [(), (0,), (-6,), (0, 0), (12, 18), (-12, 18), (12, -18), (2 ** 100, 2 ** 80 * 3), (0, 5), (5, 0),
             (3, 5, 7), (12, 18, 27), (Idx(12), Sub(8)), (True, 4), (2 ** 64, 2 ** 63), (7,) * 20, (6, 10, 15, 0)]:
    report("gcd" + repr(args), math.gcd, *args)
    report("lcm" + repr(args), math.lcm, *args)
report("gcd float", math.gcd, 4, 2.0)
report("lcm float", math.lcm, 4.0, 2)
