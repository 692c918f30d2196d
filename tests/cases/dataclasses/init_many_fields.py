# Generated __init__ with many fields, slots, InitVar defaults and errors.
from dataclasses import dataclass, field, make_dataclass, InitVar
Big = make_dataclass('Big', [('f%d' % i, int, field(default=i)) for i in range(300)])
b = Big(*range(300, 600))
print(b.f0, b.f299, Big.__init__.__code__.co_argcount, len(Big.__init__.__code__.co_varnames))
@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)
print(S(1), S.__init__.__code__.co_varnames)
@dataclass
class T:
    x: int
    y: InitVar[int] = field(default=5)
    def __post_init__(self, y):
        self.z = self.x + y
print(T(1).z, T(1, 2).z)
try:
    T(1, 2, 3)
except TypeError as e:
    print(e)
@dataclass
class U:
    x: int
    def __post_init__(self):
        raise ValueError('post')
try:
    U(1)
except ValueError as e:
    print(e)
