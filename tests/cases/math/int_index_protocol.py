# The integer functions read their arguments through __index__: a result
# that is not an int, an __index__ that raises, int subclasses, bools.
# lib: mathvalues
import math
from mathvalues import report

class Returns:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Returns(%r)" % (self.v,)

class Raises:
    def __index__(self):
        raise ArithmeticError("no index")
    def __repr__(self):
        return "Raises()"

class Sub(int):
    def __index__(self):
        return 99

for arg in [Returns(12), Returns(-3), Returns(2.0), Returns("7"), Returns(True), Returns(10 ** 30), Raises(), Sub(8)]:
    for name in ["factorial", "isqrt", "gcd", "lcm", "perm"]:
        report(name + " " + repr(arg), getattr(math, name), arg)
    report("comb " + repr(arg), math.comb, arg, 2)
    report("gcd pair " + repr(arg), math.gcd, 18, arg)
    report("ldexp " + repr(arg), math.ldexp, 1.0, arg)
    report("nextafter steps " + repr(arg), math.nextafter, 0.0, 1.0, steps=arg)
