# User classes deriving from Generic[...], subscripted.
from typing import Generic, TypeVar, List, Dict, Iterable

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

class Pair(Generic[K, V]):
    pass

class IntBox(Box[int]):
    pass

class Mixed(Box[T], Pair[K, V]):
    pass

class Listy(List[T]):
    pass

print(Box.__parameters__, Box.__orig_bases__, Box.__bases__, Box.__mro__)
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__bases__)
print(Mixed.__parameters__, Mixed.__orig_bases__, [c.__name__ for c in Mixed.__mro__])
print(Listy.__parameters__, Listy.__bases__, Listy([1, 2]))
print(Box[int], type(Box[int]).__name__, Box[int].__origin__, Box[int].__args__, Pair[str, Box[int]])
b = Box[int](3)
print(b.item, b.__orig_class__, type(b))
print(Box[T][int], Pair[K, int][str], Pair[K, V].__parameters__)

class Nested[X](Pair[X, int]):
    pass
print(Nested.__parameters__, Nested.__orig_bases__, Nested[str])

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

attempt('Box[int, str]', lambda: Box[int, str])
attempt('Pair[int]', lambda: Pair[int])
attempt('IntBox[int]', lambda: IntBox[int])
attempt('Generic[int]', lambda: Generic[int])
attempt('Generic[T, T]', lambda: Generic[T, T])
attempt('Generic[()]', lambda: Generic[()])
attempt('Box[int][int]', lambda: Box[int][int])
attempt('isinstance Box[int]', lambda: isinstance(b, Box[int]))
print(isinstance(b, Box), issubclass(IntBox, Box))
for src in ('Generic', 'Generic[T], Generic[K]', 'Generic[T], List[K]'):
    try:
        exec_ns = {}
        if src == 'Generic':
            class A(Generic): pass
        elif src == 'Generic[T], Generic[K]':
            class A(Generic[T], Generic[K]): pass
        else:
            class A(Generic[T], List[K]): pass
    except TypeError as e:
        print(src, '->', e)
