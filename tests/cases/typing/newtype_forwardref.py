# NewType and ForwardRef.
from typing import NewType, ForwardRef, List
import typing

UserId = NewType('UserId', int)
Deep = NewType('Deep', UserId)
print(UserId, repr(UserId), UserId(5), type(UserId(5)), UserId.__supertype__, Deep.__supertype__)
print(UserId.__name__, UserId.__qualname__, UserId.__module__, type(UserId).__name__, UserId | None)
try:
    class Sub(UserId): pass
except TypeError as e:
    print(e)
fr = ForwardRef('Thing')
print(fr, fr.__forward_arg__, fr == ForwardRef('Thing'), fr == ForwardRef('Other'), hash(fr) == hash(ForwardRef('Thing')))
print(List['Thing'], List['Thing'].__args__[0] == fr, typing.Optional['Thing'])
try:
    ForwardRef(3)
except TypeError as e:
    print(e)
print(type(fr).__module__, ForwardRef.__name__)
