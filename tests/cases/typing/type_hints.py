# get_type_hints: classes through the MRO, functions, strings evaluated in the module.
from typing import get_type_hints, List, Optional, Annotated, ClassVar, Dict
import typing

class Node:
    value: int
    children: 'List[Node]'
    parent: Optional['Node'] = None
    meta: Annotated[str, 'doc']
    count: ClassVar[int] = 0

class Leaf(Node):
    weight: 'float'

def f(a: int, b: 'Node', c: 'Dict[str, List[int]]' = None, *args: str, **kw: 'bool') -> 'Leaf':
    pass

def g(x: None, y: 'None') -> None: pass

print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(Node, include_extras=True)['meta'])
print(get_type_hints(f))
print(get_type_hints(g))
print(get_type_hints(lambda: 0), get_type_hints(int.__add__) if False else '')
print(Node.__annotations__)
def local():
    class Inner:
        a: 'int'
        b: 'Inner2'
    return Inner
try:
    get_type_hints(local())
except NameError as e:
    print('NameError', e)
import sys
print(get_type_hints(sys.modules[__name__]) == {}, typing.get_type_hints(typing.NamedTuple('N', [('a', int)])))
