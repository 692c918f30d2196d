# math.floor and math.ceil over floats of every range (the direct path for
# exact floats), float subclasses, ints, and objects with __floor__/__ceil__.
import math

values = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0**52 + 0.5, 2.0**62, -2.0**62, 3.9e18, -3.9e18, 4e18, -4e18,
          4.5e18, 9.3e18, -9.3e18, 1e19, 1e300, -1e300, 5e-324, -5e-324, 123456.789, -987654.321]
for v in values:
    print(repr(v), math.floor(v), math.ceil(v), type(math.floor(v)).__name__)

for bad in (float("inf"), float("-inf"), float("nan")):
    for fn in (math.floor, math.ceil):
        try:
            fn(bad)
        except (ValueError, OverflowError) as e:
            print(fn.__name__, bad, type(e).__name__, e)


class F(float):
    def __floor__(self):
        return "floor of F"


class G(float):
    pass


class H:
    def __ceil__(self):
        return 42

    def __float__(self):
        return 1.5


print(math.floor(F(2.5)), math.ceil(F(2.5)), math.floor(G(-2.5)), math.ceil(G(-2.5)))
print(math.ceil(H()), math.floor(H()), math.floor(7), math.ceil(-7), math.floor(True), math.ceil(10**30))
for bad in ("1.5", None, [1.0]):
    try:
        math.floor(bad)
    except TypeError as e:
        print(e)
print(sum(map(math.floor, [v / 7 for v in range(-50, 50)])), sum(map(math.ceil, [v / 7 for v in range(-50, 50)])))
