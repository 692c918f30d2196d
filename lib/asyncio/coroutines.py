__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import inspect
import types
import warnings

_is_coroutine = object()
_COROUTINE_KINDS = (types.CoroutineType, collections.abc.Coroutine)
_seen_types = {}


def _iscoroutinefunction(func):
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutinefunction(func):
    """Whether func is a coroutine function (deprecated; use inspect's)."""
    warnings.warn("'asyncio.iscoroutinefunction' is deprecated and slated for "
                  "removal in Python 3.16; use inspect.iscoroutinefunction() instead",
                  DeprecationWarning, stacklevel=2)
    return _iscoroutinefunction(func)


def iscoroutine(obj):
    """Whether obj is a coroutine object (a native one or a registered type)."""
    kind = type(obj)
    known = _seen_types.get(kind)
    if known is None:
        known = isinstance(obj, _COROUTINE_KINDS)
        if len(_seen_types) < 100:
            _seen_types[kind] = known
    return known
