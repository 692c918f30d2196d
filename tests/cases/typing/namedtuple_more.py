# NamedTuple details: __orig_bases__, generic NamedTuples, __set_name__, docstrings, pickling hooks.
from typing import NamedTuple, Generic, TypeVar
import copy

T = TypeVar('T')

class Described:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)

class P(NamedTuple):
    """A point."""
    x: int
    y: int = 2
    tag = Described()

    @property
    def total(self):
        return self.x + self.y

print(P.__orig_bases__, P.__doc__, P.tag.where, P(1).total, copy.deepcopy(P(5)), P.__match_args__)
print(P._make([3, 4]), P(1) == (1, 2), P.__new__.__defaults__, repr(P(x=0)))

class G(NamedTuple, Generic[T]):
    value: T
    count: int = 0

print(G(1), G.__parameters__, G[int], G[int](2), G.__bases__, G.__orig_bases__)
