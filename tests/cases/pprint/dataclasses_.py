# Dataclasses shown by their generated __repr__ are spread out field by
# field; one with its own __repr__, or repr=False, is left alone.
import dataclasses
import pprint


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'origin'


@dataclasses.dataclass
class Hidden:
    a: object = 1
    b: object = dataclasses.field(default=2, repr=False)
    c: object = 3


@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int = 1


@dataclasses.dataclass
class OwnRepr:
    a: int = 1

    def __repr__(self):
        return 'OwnRepr!' * 6


@dataclasses.dataclass
class Node:
    value: object = None
    child: object = None


p = Point(1, list(range(10)))
for width in (1, 20, 40, 80):
    for indent in (1, 3):
        print(pprint.pformat(p, width=width, indent=indent))
        print(pprint.pformat([p, p], width=width, indent=indent))
print(pprint.pformat(Hidden(list(range(20)), 5, 'z' * 30), width=30))
print(pprint.pformat([NoRepr()] * 3, width=10).split(' at ')[0])
print(pprint.pformat([OwnRepr()], width=10))
print(pprint.pformat(Point, width=5))
print(pprint.pformat([Point(1, [Point(2, [])])], width=20, depth=2))
print(pprint.pformat([Point(1, list(range(10)))], width=20, depth=1))
n = Node()
m = Node(n)
n.value = m
n.child = [n]
print(pprint.pformat(n, width=5).replace(str(id(n)), 'ID'))
print(repr(n))
leaf = [1]
holder = Node(leaf)
leaf.append(holder)
print(pprint.pformat(leaf, width=5))
print(pprint.pformat(holder, width=5).replace(str(id(holder)), 'ID'))
r = Point.__repr__
print(r.__qualname__, r.__wrapped__.__qualname__, r.__wrapped__.__name__)
