# Generic's __init_subclass__ chains to the other bases', keyword arguments included.
from typing import Generic, TypeVar
import copy

T = TypeVar('T')
seen = []

class Registered:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        seen.append((cls.__name__, tag))

class A(Registered, Generic[T], tag='a'):
    pass

class B(Generic[T], Registered, tag='b'):
    pass

class C(A[int]):
    pass

print(seen, A.__parameters__, B.__parameters__, C.__parameters__, C.__orig_bases__)
try:
    class D(Generic[T], unknown=1):
        pass
except TypeError as e:
    print(e)
print(copy.copy(T) is T, copy.deepcopy(A[T]) == A[T], A[int] == A[int], A[int] != B[int])
class PEP695[X](Registered, tag='new'):
    pass
print(seen[-1], PEP695.__parameters__, PEP695.__type_params__, PEP695.__orig_bases__)
