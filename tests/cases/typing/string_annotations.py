from __future__ import annotations
# Annotations kept as strings: get_type_hints reads them in the module's namespace.
import collections.abc
import typing
from typing import Callable, Literal, Optional, get_type_hints, Annotated

class Node:
    parent: Optional[Node]
    children: list[Node]
    kind: Literal['leaf', 'branch', 3, -1, True, None]
    cb: Callable[[int, str], None]
    pair: tuple[int, ...] | None
    empty: tuple[()]
    both: int | list[Node] | None
    deep: dict[str, 'list[Node]']
    abc: collections.abc.Mapping[str, int]
    full: typing.Dict[str, typing.Any]
    meta: Annotated[int, 'unit', 3.5]

def f(a: 'Node', b: Optional['Node'] = None) -> Callable[..., int]:
    pass

for k, v in get_type_hints(Node, include_extras=True).items():
    print(k, v)
print(get_type_hints(f))
print(Node.__annotations__['cb'], typing.ForwardRef('Optional[Node]').evaluate(globals=globals()))
