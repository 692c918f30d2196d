# Literal and Annotated: flattening, deduplication, equality, metadata.
from typing import Literal, Annotated, get_args, get_origin, List, Optional
import enum

class Color(enum.Enum):
    RED = 1

L = Literal[1, 'a', True, None, Color.RED, b'x']
print(L, L.__args__, get_origin(L), get_args(L))
print(Literal[1, 2, 1], Literal[Literal[1, 2], 3], Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1])
print(Literal[1] == Literal[True], Literal[0] == Literal[False], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Literal['x'] | None, Optional[Literal[1]], List[Literal[1, 2]])
A = Annotated[int, 'meta', {'k': 1}]
print(A, A.__metadata__, A.__origin__, get_origin(A), get_args(A))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(Annotated[List[int], 'x'], Annotated[int, 'x'](5), Annotated[int, 1].__name__ if False else '')
try:
    Annotated[int]
except TypeError as e:
    print(e)
try:
    isinstance(1, Literal[1])
except TypeError as e:
    print(e)
try:
    Literal()
except TypeError as e:
    print(e)
