# Type variables in unions and with |, and their reprs in aliases.
from typing import TypeVar, ParamSpec, Optional, Union, List, Generic

T = TypeVar('T')
Co = TypeVar('Co', covariant=True)
Con = TypeVar('Con', contravariant=True)
print(T | int, int | T, Co | None, Optional[Con], Union[T, Co], List[Co], List[Con | T])
print((T | int).__parameters__, Union[T, List[Co]].__parameters__, (T | int)[str])
P = ParamSpec('P')
print(P | int, Union[P, None])
print(T.__reduce__(), Co.__reduce__(), type(T).__name__, T.__name__)
class C(Generic[Co, Con]):
    pass
print(C[int, str], C.__parameters__, C[T, T].__parameters__)
try:
    T | 3
except TypeError as e:
    print(type(e).__name__)
