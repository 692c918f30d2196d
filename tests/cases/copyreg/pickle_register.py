# copyreg.pickle and copyreg.constructor: registration and checks.
import copyreg, copy

class Point:
    def __init__(self, x): self.x = x
def reduce_point(p):
    print("reduce_point")
    return (Point, (p.x * 2,))
print(copyreg.pickle(Point, reduce_point))
print(copyreg.dispatch_table[Point] is reduce_point)
print(copy.copy(Point(3)).x, copy.deepcopy(Point(4)).x)
print(copyreg.pickle(Point, reduce_point, Point))
print(copyreg.constructor(Point), copyreg.constructor(len))
for args in [(Point, 5), (Point, reduce_point, 5), (Point, None), (5, reduce_point)]:
    try:
        print(copyreg.pickle(*args))
    except TypeError as e:
        print("TypeError:", e)
print(copyreg.dispatch_table.get(5) is reduce_point)
for bad in [5, None, "x"]:
    try:
        copyreg.constructor(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    copyreg.pickle(Point)
except TypeError as e:
    print("TypeError:", e)
del copyreg.dispatch_table[Point], copyreg.dispatch_table[5]
print(copy.copy(Point(3)).x)
