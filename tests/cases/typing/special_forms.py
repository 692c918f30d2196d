# The bare special forms: reprs and what they refuse.
import typing as t

forms = [t.Any, t.NoReturn, t.Never, t.Self, t.LiteralString, t.TypeAlias, t.ClassVar, t.Final,
         t.Optional, t.Union, t.Literal, t.Annotated, t.Concatenate, t.Unpack, t.Required,
         t.NotRequired, t.ReadOnly, t.TypeGuard, t.TypeIs, t.Generic, t.Protocol]
for f in forms:
    print(repr(f), type(f).__name__)

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

attempt('Self[int]', lambda: t.Self[int])
attempt('Never[int]', lambda: t.Never[int])
attempt('Any()', lambda: t.Any())
attempt('Self()', lambda: t.Self())
attempt('isinstance Self', lambda: isinstance(1, t.Self))
attempt('issubclass Never', lambda: issubclass(int, t.Never))
attempt('isinstance Any', lambda: isinstance(1, t.Any))
attempt('ClassVar[int, str]', lambda: t.ClassVar[int, str])
attempt('Final[int, str]', lambda: t.Final[int, str])
attempt('Optional[int, str]', lambda: t.Optional[int, str])
attempt('ClassVar[Final[int]]', lambda: t.ClassVar[t.Final[int]])
attempt('List[ClassVar]', lambda: t.List[t.ClassVar])
attempt('List[Final[int]]', lambda: t.List[t.Final[int]])

try:
    class Sub(t.Self): pass
except TypeError as e:
    print(e)
class MyAny(t.Any):
    pass
print(MyAny(), isinstance(MyAny(), MyAny))
print(t.Self | int, int | t.Never, t.Self.__name__, t.Final.__doc__ is not None)
