# Aliases as objects: attributes, copies, equality, hashing, dir.
import copy
import typing as t

T = t.TypeVar('T')
a = t.List[int]
print(a.__origin__, a.__args__, a.__parameters__, a._name, a.__module__, a.__name__, a.__qualname__)
print(copy.copy(a) == a, copy.deepcopy(t.Dict[str, t.List[T]]), copy.copy(t.List) is t.List)
print(t.List[int].__reduce__(), t.List.__reduce__(), t.Any.__module__, t.Optional.__reduce__())
print({t.List[int]: 1, t.List[int]: 2}, len({t.Literal[1, 2], t.Literal[2, 1]}))
print(t.List[int] != t.List[str], t.List[int] == t.Sequence[int], t.Annotated[int, 1] == int)
print('append' in dir(t.List[int]), t.Mapping.__doc__, t.List.__doc__ if False else '')
print(t.Iterable.__origin__, t.Callable.__origin__, t.Type.__origin__, t.Awaitable.__name__)
class Box(t.Generic[T]):
    pass
b = Box[int]
print(b.__module__, b.__name__ if False else '', b.__origin__ is Box, b.__args__)
try:
    t.List[int].foo
except AttributeError as e:
    print(e)
try:
    t.Union[int, str]()
except TypeError as e:
    print(e)
