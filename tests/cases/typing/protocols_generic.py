# Generic protocols, protocol inheritance, properties and class-level members.
from typing import Protocol, runtime_checkable, TypeVar, Iterable, Sized, Iterator

T = TypeVar('T')

@runtime_checkable
class SupportsGet(Protocol[T]):
    def get(self) -> T: ...

@runtime_checkable
class SizedIterable(Sized, Iterable[T], Protocol[T]):
    pass

class HasProp(Protocol):
    @property
    def value(self) -> int: ...

@runtime_checkable
class Both(SupportsGet[int], Protocol):
    def put(self, v: int) -> None: ...

class Store:
    def get(self): return 1
    def put(self, v): pass

print(isinstance(Store(), SupportsGet), isinstance(Store(), Both), isinstance([], SizedIterable))
print(issubclass(list, SizedIterable), isinstance(3, SizedIterable), SupportsGet[int], SupportsGet.__parameters__)
print(sorted(SizedIterable.__protocol_attrs__), sorted(Both.__protocol_attrs__), sorted(HasProp.__protocol_attrs__))
print(SizedIterable.__mro__)
print(Both.__parameters__, Both._is_protocol, SupportsGet[int].__origin__ is SupportsGet)

class Concrete(SupportsGet[str]):
    def get(self): return 'x'
c = Concrete()
print(c.get(), isinstance(c, SupportsGet), Concrete._is_protocol, Concrete.__orig_bases__)

class NotRuntime(Protocol):
    x: int
try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print(e)
@runtime_checkable
class Data(Protocol):
    x: int
    def m(self): ...
try:
    issubclass(int, Data)
except TypeError as e:
    print(e)
class Has:
    x = 1
    def m(self): pass
print(isinstance(Has(), Data))
