class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def classify(v):
    match v:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"neg {n}"
        case [x, y, *rest]:
            return f"seq {x} {y} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x=px, y=py) as p:
            return f"point {px},{py} {type(p).__name__}"
        case str() as s:
            return "str " + s
        case None:
            return "none"
        case _:
            return "other"


for v in [0, -3, [1, 2, 3], {"k": 1, "z": 2}, Point(0, 5), Point(1, 2), "s", None, 2.5]:
    print(classify(v))
