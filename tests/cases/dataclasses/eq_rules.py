# __eq__ compares field by field and only instances of the very same class.
from dataclasses import dataclass, field


@dataclass
class N:
    x: float


nan = float('nan')
a = N(nan)
print(a == a, N(nan) == N(nan), N(1.0) == N(1), N(1) == 1)


class Sub(N):
    pass


print(N(1) == Sub(1), Sub(1) == Sub(1))


@dataclass
class P:
    a: int
    b: int = field(compare=False)


print(P(1, 2) == P(1, 3), P(1, 2) == P(2, 2))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), '__eq__' in NoEq.__dict__, NoEq.__hash__ is object.__hash__)


@dataclass
class Own:
    a: int

    def __eq__(self, other):
        return 'own'


print(Own(1) == Own(2))


class Counting:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print('compare', self.name, other.name)
        return True


@dataclass
class T:
    p: object
    q: object


print(T(Counting('a'), Counting('b')) == T(Counting('c'), Counting('d')))
