"""
Define names for built-in types that aren't directly accessible as a builtin.
"""

# The types themselves come from the interpreter (the _types module); this
# file adds the helpers for making classes dynamically, DynamicClassAttribute
# and the coroutine decorator.
from _types import *
import _types as _core

_mark_iterable_coroutine = _core._mark_iterable_coroutine

__all__ = [name for name in dir(_core) if not name.startswith("_")]
__all__ += ["new_class", "resolve_bases", "prepare_class", "get_original_bases",
            "DynamicClassAttribute", "coroutine"]
del _core


# ---- building classes as a class statement does --------------------------

def _winning_meta(candidate, bases):
    # The metaclass a class statement would use: every base's metaclass
    # must be a superclass of the winner, or the winner a superclass of it
    # (which then takes over).
    best = candidate
    for meta in map(type, bases):
        if issubclass(best, meta):
            continue
        if not issubclass(meta, best):
            raise TypeError("metaclass conflict: the metaclass of a derived class "
                            "must be a (non-strict) subclass of the metaclasses "
                            "of all its bases")
        best = meta
    return best


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    resolved = None      # a list once some base has been replaced
    for index, base in enumerate(bases):
        if isinstance(base, type):
            entries = None
        else:
            hook = getattr(base, "__mro_entries__", None)
            entries = None if hook is None else hook(bases)
        if entries is None:
            if resolved is not None:
                resolved.append(base)
            continue
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        if resolved is None:
            resolved = list(bases[:index])
        resolved.extend(entries)
    # Unchanged bases are given back as they came, even a list.
    return bases if resolved is None else tuple(resolved)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    options = {} if kwds is None else dict(kwds)
    if "metaclass" in options:
        meta = options.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    # Only a real metaclass takes part in the choice among the bases'
    # metaclasses; any other callable is used as given.
    if isinstance(meta, type):
        meta = _winning_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **options)
    return meta, namespace, options


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    final_bases = resolve_bases(bases)
    meta, namespace, options = prepare_class(name, final_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if final_bases is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, final_bases, namespace, **options)


def get_original_bases(cls, /):
    """Return the class's "original" bases prior to modification by `__mro_entries__`.

    Examples::

        from typing import TypeVar, Generic, NamedTuple, TypedDict

        T = TypeVar("T")
        class Foo(Generic[T]): ...
        class Bar(Foo[int], float): ...
        class Baz(list[str]): ...
        Eggs = NamedTuple("Eggs", [("a", int), ("b", str)])
        Spam = TypedDict("Spam", {"a": int, "b": str})

        assert get_original_bases(Bar) == (Foo[int], float)
        assert get_original_bases(Baz) == (list[str],)
        assert get_original_bases(Eggs) == (NamedTuple,)
        assert get_original_bases(Spam) == (TypedDict,)
        assert get_original_bases(int) == (object,)
    """
    if not isinstance(cls, type):
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}")
    own = cls.__dict__
    return own["__orig_bases__"] if "__orig_bases__" in own else cls.__bases__


# ---- DynamicClassAttribute ----------------------------------------------

def _call_accessor(accessor, verb, *args):
    if accessor is None:
        raise AttributeError(f"can't {verb} attribute")
    accessor(*args)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently
    when accessed through an instance and through a class.  Instance access
    remains normal, but access to an attribute through a class will be
    routed to the class's __getattr__ method; this is done by raising
    AttributeError.

    This allows one to have properties active on an instance, and have
    virtual attributes on the class with the same name.  (Enum used this
    between Python versions 3.4 - 3.9 .)

    Subclass from this to use a different method of accessing virtual
    attributes and still be treated properly by the inspect module.  (Enum
    uses this since Python 3.10 .)

    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # Without an explicit doc the getter's is shown, and a getter given
        # later through .getter() may replace it.
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            # Looked up on the class: an abstract attribute shows itself to
            # ABCMeta, anything else falls through to the metaclass's
            # __getattr__.
            if not self.__isabstractmethod__:
                raise AttributeError()
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        _call_accessor(self.fset, "set", instance, value)

    def __delete__(self, instance):
        _call_accessor(self.fdel, "delete", instance)

    def _copy_with(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        new_doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy_with(fget, self.fset, self.fdel, new_doc or self.__doc__)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel, self.__doc__)


# ---- coroutine -----------------------------------------------------------

_GENERATOR_FLAG = 0x20           # CO_GENERATOR
_ASYNC_FLAGS = 0x80 | 0x100      # CO_COROUTINE | CO_ITERABLE_COROUTINE


class _GeneratorWrapper:
    # What a function decorated by coroutine() returns in place of a
    # generator-like object that is not a coroutine: awaitable, and
    # forwarding the generator protocol and attributes to the object.

    def __init__(self, gen):
        self._target = gen
        self._plain = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self._target.send(value)

    def throw(self, *args):
        return self._target.throw(*args)

    def close(self):
        return self._target.close()

    def __next__(self):
        return next(self._target)

    def __iter__(self):
        # A real generator can be driven directly by the awaiting frame.
        return self._target if self._plain else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self._target.gi_code)
    gi_frame = cr_frame = property(lambda self: self._target.gi_frame)
    gi_running = cr_running = property(lambda self: self._target.gi_running)
    gi_suspended = cr_suspended = property(lambda self: self._target.gi_suspended)
    gi_yieldfrom = cr_await = property(lambda self: self._target.gi_yieldfrom)


def _copy_identity(wrapper, func):
    # What functools.wraps copies, without needing functools here.
    for attr in ("__module__", "__name__", "__qualname__", "__doc__",
                 "__annotate__", "__type_params__"):
        try:
            value = getattr(func, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    wrapper.__dict__.update(getattr(func, "__dict__", {}))
    wrapper.__wrapped__ = func
    return wrapper


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    if func.__class__ is FunctionType:
        code = func.__code__
        if code.co_flags & _ASYNC_FLAGS:
            return func
        if code.co_flags & _GENERATOR_FLAG:
            # A generator function becomes an iterable coroutine in place:
            # its generators may then be awaited.
            _mark_iterable_coroutine(func)
            return func

    def call_and_adapt(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is CoroutineType:
            return result
        if result.__class__ is GeneratorType:
            if result.gi_code.co_flags & 0x100:
                return result
        from _collections_abc import Coroutine, Generator
        if isinstance(result, Generator) and not isinstance(result, Coroutine):
            return _GeneratorWrapper(result)
        return result

    return _copy_identity(call_and_adapt, func)
