# annotations set on a class after it is made: dataclasses, typing and inspect read them
import dataclasses, typing, inspect
class A: pass
A.__annotations__ = {'x': int, 'y': str}
A.y = 'd'
D = dataclasses.dataclass(A)
print(D('a'), [f.name for f in dataclasses.fields(D)])
print(typing.get_type_hints(A), inspect.get_annotations(A))
class B(A): pass
print(typing.get_type_hints(B), inspect.get_annotations(B))
class P(typing.Protocol):
    a: int
P.__annotations__ = {'b': int}
print(sorted(typing.get_protocol_members(P)))
