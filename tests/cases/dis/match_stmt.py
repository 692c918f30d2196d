# structural pattern matching
import dis


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x, 0) if x > 0:
            return "x axis"
        case [1, *rest]:
            return rest
        case {"k": v, **others}:
            return v, others
        case str() | bytes():
            return "text"
        case _:
            return None


dis.dis(where)
