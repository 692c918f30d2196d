# overload, get_overloads, clear_overloads.
from typing import overload, get_overloads, clear_overloads

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x

class C:
    @overload
    def m(self, x: int) -> int: ...
    @overload
    def m(self, x: str) -> str: ...
    def m(self, x):
        return x

print(f(3), C().m('a'), len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)])
print(len(get_overloads(C.m)), get_overloads(print))
@overload
def h(x: int) -> int: ...
try:
    h(1)
except NotImplementedError as e:
    print(e)
clear_overloads()
print(get_overloads(f))
