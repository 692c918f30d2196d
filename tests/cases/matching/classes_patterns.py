class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
    @property
    def area_hint(self):
        return self.r * self.r * 3
def classify(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=1):
            return f"unit circle at {x},{y}"
        case Circle(area_hint=a) if a > 50:
            return f"big circle {a}"
        case Circle(c, r):
            return f"circle r={r}"
        case int(v) | float(v):
            return f"number {v}"
        case str(v):
            return f"text {v}"
        case [Point() as p, *rest]:
            return f"points starting at {p.x},{p.y} (+{len(rest)})"
    return "unknown"
for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 1),
          Circle(Point(0, 0), 5), Circle(Point(0, 0), 2), 3, 2.5, "s", [Point(5, 6), Point(1, 1)], None]:
    print(classify(s))
class Q:
    __match_args__ = ("a",)
try:
    match Q():
        case Q(1, 2):
            pass
except TypeError as e:
    print(e)
