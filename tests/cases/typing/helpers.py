# cast, assert_type, assert_never, reveal_type, final, override, no_type_check, TYPE_CHECKING.
import typing
from typing import (cast, assert_type, assert_never, reveal_type, final, override, no_type_check,
                    TYPE_CHECKING, dataclass_transform, no_type_check_decorator)

print(cast(int, 'x'), cast('List[int]', [1]), assert_type(3, str), TYPE_CHECKING)
print(reveal_type([1, 2]))
try:
    assert_never(3)
except AssertionError as e:
    print(e)
try:
    assert_never('x' * 300)
except AssertionError as e:
    print(len(str(e)), str(e)[-10:])

@final
class Leaf:
    @final
    def m(self): pass
    @override
    def __repr__(self): return 'Leaf'
print(Leaf.__final__, Leaf.m.__final__, Leaf.__repr__.__override__, Leaf())

@no_type_check
class Loose:
    x: 'nonsense'
    def f(self, a: 'more nonsense'): pass
print(Loose.__no_type_check__, Loose.f.__no_type_check__, typing.get_type_hints(Loose.f))

@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls): return cls
print(model.__dataclass_transform__)

@no_type_check_decorator
def deco(f): return f
@deco
def g(a: int): pass
print(g.__no_type_check__)
print(sorted(n for n in typing.__all__ if not hasattr(typing, n)))
