# MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, GET_LEN.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(subject):
    match subject:
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [x, *rest] if len(rest) > 2:
            return f"long sequence from {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"{k} with {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x, y=3):
            return f"point x={x} y=3"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "something else"


for s in [[], [1], [1, 2, 3, 4], (5, 6), {"kind": "circle", "r": 2},
          {"kind": "box", "w": 1, "h": 2}, Point(0, 0), Point(1, 3), Point(1, 2),
          7, 2.5, "hi", None, [1, 2, 3]]:
    print(describe(s))
