# NamedTuple: class syntax with defaults and methods, and the functional form.
from typing import NamedTuple, get_type_hints

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return abs(self.x) + abs(self.y)

Emp = NamedTuple('Emp', [('name', str), ('id', int)])

p = Point(3, -4)
print(p, p.norm(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1), p._asdict())
print(Emp('a', 1), Emp._fields, Emp.__annotations__, Emp.__module__, Point.__module__, Point.__bases__)
print(isinstance(p, tuple), Point.__name__, Point.__qualname__, get_type_hints(Point))
print(NamedTuple('Empty', []), NamedTuple('Empty', [])._fields)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print(e)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self): pass
except AttributeError as e:
    print(e)
try:
    class Bad3(NamedTuple, int):
        x: int
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(Emp.__orig_bases__ == (NamedTuple,), NamedTuple.__doc__.splitlines()[0])
