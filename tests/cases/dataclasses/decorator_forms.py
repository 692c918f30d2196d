# @dataclass with and without parentheses, on a class in any scope.
from dataclasses import dataclass, is_dataclass


@dataclass()
class A:
    a: int = 1


def local():
    @dataclass(init=False)
    class L:
        x: int = 4
    return L


L = local()
print(A(), L(), L.__qualname__, L.__init__ is object.__init__)
print(L.__repr__.__qualname__)
deco = dataclass(repr=False, eq=False)
B = deco(type('B', (), {'__annotations__': {'v': int}}))
b = B(3)
print(b.v, is_dataclass(B), B.__dataclass_params__)
try:
    dataclass(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    dataclass(init=False, bogus=True)
except TypeError as e:
    print('TypeError:', e)
