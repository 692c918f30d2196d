# A frozen dataclass sets its fields with object.__setattr__, and
# __post_init__ may do the same.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class F:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)


print(F(4), F(4) == F(4))


@dataclass(frozen=True)
class G:
    a: int

    def __post_init__(self):
        self.a = 0


try:
    G(1)
except AttributeError as e:
    print(type(e).__name__, e)


class Watched:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)


@dataclass
class H(Watched):
    a: int
    b: str = 'x'


print(H(1))
