# Protocol classes and runtime_checkable.
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, SupportsIndex, Sized, Hashable
from typing import get_protocol_members, is_protocol

class Closer(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Reader(Protocol):
    def read(self, n: int) -> bytes: ...

@runtime_checkable
class Named(Protocol):
    name: str

class File:
    name = 'f'
    def read(self, n): return b''
    def close(self): pass

class Nothing:
    pass

print(isinstance(File(), Reader), isinstance(Nothing(), Reader), issubclass(File, Reader))
print(isinstance(File(), Named), isinstance(Nothing(), Named))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex))
print(isinstance(-1, SupportsAbs), issubclass(int, SupportsInt), isinstance([], Sized), isinstance([], Hashable))
print(sorted(get_protocol_members(Reader)), sorted(get_protocol_members(Named)), is_protocol(Reader), is_protocol(File))
print(Reader.__protocol_attrs__ == {'read'}, Closer._is_protocol, Reader._is_runtime_protocol)
print(SupportsAbs[int], SupportsAbs.__parameters__, repr(SupportsInt))

class Impl(Closer):
    def __init__(self):
        self.opened = True
print(Impl().opened, isinstance(Impl(), Closer) if False else 'skip')

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

attempt('Closer()', lambda: Closer())
attempt('isinstance Closer', lambda: isinstance(File(), Closer))
attempt('issubclass Closer', lambda: issubclass(File, Closer))
attempt('issubclass Named', lambda: issubclass(File, Named))
attempt('runtime_checkable(File)', lambda: runtime_checkable(File))
attempt('get_protocol_members(File)', lambda: get_protocol_members(File))
try:
    class Bad(Protocol, File): pass
except TypeError as e:
    print(e)
