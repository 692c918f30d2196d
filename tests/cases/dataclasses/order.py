# order=True compares field tuples of instances of the same class.
from dataclasses import dataclass


@dataclass(order=True)
class V:
    major: int
    minor: int = 0


vs = [V(2, 1), V(1, 5), V(2, 0), V(1, 5)]
print(sorted(vs))
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2, 9), V(2) >= V(2, 1))
print(V.__lt__.__qualname__, V.__ge__.__name__)
print(V(1).__lt__(3))


@dataclass(order=True)
class W:
    major: int


for op in (lambda: V(1) < W(1), lambda: V(1) >= 3):
    try:
        print(op())
    except TypeError as e:
        print('TypeError:', e)


def attempt(make):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


def overwrite():
    @dataclass(order=True)
    class Q:
        a: int

        def __lt__(self, other):
            return True
    return Q


attempt(overwrite)
attempt(lambda: dataclass(order=True, eq=False)(type('Z', (), {})))
