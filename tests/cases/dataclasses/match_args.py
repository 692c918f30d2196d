# __match_args__ drives positional patterns in match statements.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int
    label: str = field(default='', kw_only=True)


def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return 'on y at %d' % y
        case Point(x, 0, label='east'):
            return 'east %d' % x
        case Point(x, y):
            return 'at %d,%d' % (x, y)
    return 'nowhere'


for p in (Point(0, 0), Point(0, 4), Point(3, 0, label='east'), Point(3, 3), 5):
    print(where(p))
print(Point.__match_args__)


@dataclass(match_args=False)
class NoArgs:
    a: int


print(hasattr(NoArgs, '__match_args__'))


@dataclass
class Own:
    a: int
    b: int
    __match_args__ = ('b',)


print(Own.__match_args__)
