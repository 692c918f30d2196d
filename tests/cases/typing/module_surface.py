# The names typing exports, and the module-level objects.
import typing
import collections.abc

missing = [n for n in typing.__all__ if not hasattr(typing, n)]
print(missing, len(typing.__all__) > 80)
for n in ('Pattern', 'Match', 'ContextManager', 'AsyncContextManager'):
    print(n, getattr(typing, n))
print(typing.Pattern[str], typing.Match[bytes], typing.ContextManager[int])
print(typing.NoDefault, type(typing.NoDefault).__name__)
print(typing.TypeVar.__module__, typing.Generic.__module__, typing.TypeAliasType.__module__, typing.Union.__module__)
print(typing.Text, typing.TYPE_CHECKING, typing.ParamSpecArgs, typing.ParamSpecKwargs)
import _typing
print(sorted(n for n in dir(_typing) if not n.startswith('__')))
print(_typing._idfunc(5), _typing.TypeVar is typing.TypeVar)
try:
    typing.NoSuchName
except AttributeError as e:
    print(e)
