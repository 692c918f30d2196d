# frozen=True: assignment and deletion raise FrozenInstanceError.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class F:
    a: int
    b: str = 'b'


f = F(1)
for action in (lambda: setattr(f, 'a', 3), lambda: delattr(f, 'a'),
               lambda: setattr(f, 'other', 1), lambda: delattr(f, 'zz')):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError), e.args)
print(f, hash(f) == hash((1, 'b')), {f: 1}[F(1)])
print(F.__setattr__.__qualname__, F.__delattr__.__qualname__)
print(FrozenInstanceError.__mro__, FrozenInstanceError.__module__)


class Sub(F):
    pass


s = Sub(2)
s.extra = 5
print(s.extra, s)
try:
    s.a = 4
except FrozenInstanceError as e:
    print(e)
