from __future__ import annotations
# A module whose annotations are all strings: get_type_hints evals each.
import typing
from typing import get_type_hints, Optional, ClassVar, Final, TypeVar
import dataclasses

def f(a: int, b: list[dict[str, Node]], *args: tuple[int, ...], c: Node | None = None,
      **kw: typing.Mapping[str, float]) -> Optional[Node]:
    pass

print(f.__annotations__)

class Node:
    parent: Node | None
    children: list[Node]
    count: ClassVar[int]
    name: Final[str]
    def method(self, other: Node, n: 1 + 2) -> Node: pass

for k, v in get_type_hints(f).items():
    print(k, v)
for k, v in get_type_hints(Node).items():
    print(k, v)
print(get_type_hints(Node.method))

def nested():
    class Local:
        pass
    def inner(x: Local) -> Local: pass
    try:
        get_type_hints(inner)
    except NameError as e:
        print('NameError', e)
    print(get_type_hints(inner, localns={'Local': Local}))
nested()

def broken(x: nowhere[int]) -> None: pass
try:
    get_type_hints(broken)
except NameError as e:
    print('NameError', e)

@dataclasses.dataclass
class DC:
    a: int
    b: list[DC] = dataclasses.field(default_factory=list)
print(get_type_hints(DC))

class Gen[X]:
    item: X
    many: list[X]
print(get_type_hints(Gen))
def pf[Y](a: Y, b: list[Y]) -> Y: pass
print(get_type_hints(pf))
