# A plain dataclass: the generated __init__, __repr__, __eq__ and their names.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.__eq__(3), Point.__hash__)
for name in ('__init__', '__repr__', '__eq__'):
    f = Point.__dict__[name]
    print(f.__name__, f.__qualname__, f.__module__)
print(Point.__init__.__annotations__)
print(Point.__repr__.__annotations__, Point.__eq__.__annotations__)
print(Point.__match_args__, Point.__doc__)
print(Point.y, 'x' in Point.__dict__)
