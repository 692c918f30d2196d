# Self in methods, Unpack and TypeVarTuple in generics.
from typing import Self, Unpack, TypeVarTuple, Generic, TypeVar, Tuple, get_type_hints

T = TypeVar('T')
Ts = TypeVarTuple('Ts')

class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self

print(get_type_hints(Shape.set_scale), Shape().set_scale(2).scale)

class Array(Generic[Unpack[Ts]]):
    pass
class Row(Generic[T, *Ts]):
    pass
print(Array.__parameters__, Row.__parameters__, Array[int, str], Row[int], Row[int, str, bytes])
print(Tuple[Unpack[Ts]], Tuple[*Ts], tuple[*Ts], Unpack[Ts].__args__, Unpack[Tuple[int, str]])
print(Tuple[T, *Ts].__parameters__, Tuple[T, *Ts][int, str, bytes])
class Grid[*Shape2]:
    pass
print(Grid.__parameters__, Grid[int, int], Grid.__orig_bases__)
