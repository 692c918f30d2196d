# __repr__: field reprs, repr=False fields, recursion and nested classes.
from dataclasses import dataclass, field


@dataclass
class Node:
    value: object
    children: list = field(default_factory=list)
    secret: str = field(default='s', repr=False)


root = Node(1)
root.children.append(Node('two'))
root.children.append(root)
print(root)
print(repr(Node([1, 'a'])))


class Outer:
    @dataclass
    class Inner:
        x: int


print(Outer.Inner(3), Outer.Inner.__repr__.__qualname__)


@dataclass
class Sub(Node):
    extra: int = 0


print(Sub(5))


@dataclass(repr=False)
class NoRepr:
    x: int


print('__repr__' in NoRepr.__dict__)


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'custom'


print(Custom(1), [Custom(2)])
