# 3.14's deferred annotations: names defined after the function or class.
from typing import get_type_hints, Optional

def f(x: Later, y: Optional[Later] = None) -> list[Later]:
    pass

class Tree:
    left: Optional[Tree]
    value: Later

class Later:
    pass

print(get_type_hints(f))
print(get_type_hints(Tree))
print(f.__annotations__ is f.__annotations__, sorted(Tree.__annotations__))

def g[T](a: T, b: 'T') -> T:
    pass
print(get_type_hints(g))

class Box[T]:
    item: T
    other: 'list[T]'
print(get_type_hints(Box))
def broken(a: Missing):
    pass
try:
    get_type_hints(broken)
except NameError as e:
    print(e)
