"""
The typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs.

Among other things, the module includes the following:
* Generic, Protocol, and internal machinery to support generic aliases.
  All subscripted types like X[int], Union[int, str] are generic aliases.
* Various "special forms" that have unique meanings in type annotations:
  NoReturn, Never, ClassVar, Self, Concatenate, Unpack, and others.
* Classes whose instances can be type arguments to generic classes and functions:
  TypeVar, ParamSpec, TypeVarTuple.
* Public helper functions: get_type_hints, overload, cast, final, and others.
* Several protocols to support duck-typing:
  SupportsFloat, SupportsIndex, SupportsAbs, and others.
* Special types: NewType, NamedTuple, TypedDict.
* Deprecated aliases for builtin types and collections.abc ABCs.

Any name not present in __all__ is an implementation detail
that may be changed without notice. Use at your own risk!
"""

# Layout of this file.  The C objects (TypeVar, ParamSpec, TypeVarTuple,
# TypeAliasType, Generic, Union) come from _typing; their C code calls back
# into the hooks near the top (_subscript_generic, _init_generic_subclass,
# _generic_base, _unpack_of) for what is written here.  Everything that can
# be written inside brackets is one of three kinds of object:
#   _SpecialForm      a bare name with a meaning of its own (Any aside);
#   _GenericAlias     something subscripted: an origin and its arguments;
#   _SpecialGenericAlias  List, Dict, ...: an unsubscripted alias of a class.
# The helper functions, NamedTuple, TypedDict and Protocol follow.

import builtins
import collections.abc
import functools
import keyword
import sys
import types

from _typing import (Generic, NoDefault, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeAliasType,
                     TypeVar, TypeVarTuple, Union, _idfunc)

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence',
    'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
    'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs',
    'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
    'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'evaluate_forward_ref',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_protocol_members', 'get_type_hints',
    'is_protocol', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoDefault', 'NoReturn', 'NotRequired', 'overload',
    'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs',
    'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False
_TYPE_PARAMS = (TypeVar, ParamSpec, TypeVarTuple)


# ---- forward references ----------------------------------------------------------
# ForwardRef is annotationlib's, which is imported only when first needed (by a
# string used as a type, or by reading typing.ForwardRef): it keeps importing
# typing light.

def _annotationlib():
    import annotationlib
    return annotationlib


def _forward_ref(arg, **options):
    return _annotationlib().ForwardRef(arg, **options)


def _is_forward_ref(value):
    module = sys.modules.get('annotationlib')
    return module is not None and isinstance(value, module.ForwardRef)


# ---- reading and checking arguments ---------------------------------------------

def _type_repr(obj):
    """How an argument is written inside the brackets of an alias."""
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType) or isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(x) for x in obj) + ']'
    return repr(obj)


def _as_arg(arg, msg, *, plain_ok=False):
    """arg as a type argument: strings become forward references, None its
    type; objects no annotation may hold are refused with msg."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return _forward_ref(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError(f"{arg} is not valid as type argument")
    # compared with == as CPython does: an object whose == answers truthy
    # (annotationlib's placeholders) is taken as it is
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, _SpecialForm) and arg._bare_only and not plain_ok:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if not plain_ok and isinstance(arg, _GenericAlias) and isinstance(arg.__origin__, _SpecialForm) \
            and arg.__origin__._outer_only:
        raise TypeError(f"{arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _is_unpacked_tvt(x):
    return isinstance(x, _GenericAlias) and x.__origin__ is Unpack and isinstance(x.__args__[0], TypeVarTuple)


def _find_params(args):
    """The type parameters among args, in order of first appearance."""
    found = []

    def visit(items):
        for a in items:
            if isinstance(a, type):
                continue
            if isinstance(a, _TYPE_PARAMS):
                if a not in found:
                    found.append(a)
            elif isinstance(a, (list, tuple)):
                visit(a)
            else:
                for p in getattr(a, '__parameters__', ()) or ():
                    if p not in found:
                        found.append(p)
    visit(args)
    return tuple(found)


def _bind(alias, params, values, check=True):
    """The value of each of params for alias[values]: a dict (the values
    checked as type arguments when check is set)."""
    values = list(values)
    nparams = len(params)
    tuple_at = next((i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)), None)
    if nparams == 1 and isinstance(params[0], ParamSpec):
        if not (len(values) == 1 and _is_paramspec_value(values[0])):
            values = [values]
    if tuple_at is not None:
        after = nparams - tuple_at - 1
        if len(values) < nparams - 1:
            raise TypeError(f"Too few arguments for {alias}; actual {len(values)}, expected at least {nparams - 1}")
        middle = tuple(values[tuple_at:len(values) - after])
        if not middle and params[tuple_at].has_default():
            # no arguments left for *Ts: those of its default
            d = params[tuple_at].__default__
            middle = tuple(getattr(d, '__typing_unpacked_tuple_args__', None) or (d,))
        values = values[:tuple_at] + [middle] + values[len(values) - after:]
    if len(values) > nparams:
        raise TypeError(f"Too many arguments for {alias}; actual {len(values)}, expected {nparams}")
    while len(values) < nparams:
        p = params[len(values)]
        if not p.has_default():
            raise TypeError(f"Too few arguments for {alias}; actual {len(values)}, "
                            f"expected at least {len(values) + 1}")
        d = p.__default__
        values.append(_bind_default(d, values, params))
    mapping = {}
    for p, v in zip(params, values):
        if isinstance(p, ParamSpec):
            if isinstance(v, list):
                v = tuple(v)
        elif check and not isinstance(p, TypeVarTuple):
            v = _as_arg(v, "Parameters to generic types must be types.")
        mapping[p] = v
    return mapping


def _bind_default(d, values, params):
    if isinstance(d, _TYPE_PARAMS) and d in params:
        return values[params.index(d)]
    return d


def _is_paramspec_value(v):
    return isinstance(v, (list, tuple, ParamSpec)) or v is ... or \
        (isinstance(v, _GenericAlias) and v.__origin__ is Concatenate)


def _replace(arg, mapping):
    """arg with the type parameters of mapping replaced by their values."""
    if isinstance(arg, _TYPE_PARAMS):
        return mapping.get(arg, arg)
    if isinstance(arg, type):
        return arg
    if isinstance(arg, list):
        return [_replace(a, mapping) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_replace(a, mapping) for a in arg)
    inner = getattr(arg, '__parameters__', None)
    if not inner:
        return arg
    if _is_unpacked_tvt(arg):
        return mapping.get(arg.__args__[0], arg)
    values = []
    for p in inner:
        v = mapping.get(p, p)
        if isinstance(p, TypeVarTuple) and isinstance(v, tuple):
            values.extend(v)
        else:
            values.append(v)
    return arg[tuple(values)]


# ---- special forms ---------------------------------------------------------------

class _Final:
    """Base of the objects of this module that may not be subclassed."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _Unionable:
    """X | Y for the objects of this module: a union, as typing.Union[X, Y]."""

    __slots__ = ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _no_checks(what):
    """The __instancecheck__ and __subclasscheck__ of an object that must
    not be the second argument of isinstance() and issubclass()."""
    def refuse(self, arg):
        raise TypeError(f"{self} cannot be used with {what}()")
    return refuse


class _SpecialForm(_Unionable, _Final, _root=True):
    # Each form is made from a function (name, docstring, what brackets
    # do); its flags say where an argument check must refuse it.
    def __init__(self, subscript, *, bare_only=False, outer_only=False):
        self.__name__ = self.__qualname__ = self._name = subscript.__name__
        self.__doc__ = subscript.__doc__
        self._subscript = subscript
        self._bare_only = bare_only      # refused unsubscripted as an argument (ClassVar, Final)
        self._outer_only = outer_only    # refused subscripted inside another alias

    def __getitem__(self, parameters):
        return self._subscript(self, parameters)

    def __repr__(self):
        return f'typing.{self._name}'

    __reduce__ = lambda self: self._name
    __instancecheck__ = _no_checks('isinstance')
    __subclasscheck__ = _no_checks('issubclass')

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _TypedCacheSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        return self._subscript(self, *_as_tuple(parameters))


class _NotSubscriptable:
    """Decorator for the special forms that take no brackets."""

    def __init__(self, fn):
        self.__name__ = fn.__name__
        self.__doc__ = fn.__doc__

    def __call__(self, form, params):
        raise TypeError(f"{form} is not subscriptable")


class _AnyMeta(type):
    # Any itself refuses isinstance() and writes itself typing.Any; classes
    # deriving from it are ordinary classes.
    def __repr__(cls):
        return 'typing.Any' if cls is Any else type.__repr__(cls)

    def __instancecheck__(cls, obj):
        if cls is not Any:
            return type.__instancecheck__(cls, obj)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type.

    - Any is compatible with every type.
    - Any assumed to have all methods.
    - All values assumed to be instances of Any.

    Note that all the above statements are true from the point of view of
    static type checkers. At runtime, Any should not be used with instance
    checks.
    """

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return object.__new__(cls)
        raise TypeError("Any cannot be instantiated")


@_SpecialForm
@_NotSubscriptable
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""


@_SpecialForm
@_NotSubscriptable
def Never(self, parameters):
    """The bottom type, a type that has no members."""


@_SpecialForm
@_NotSubscriptable
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""


@_SpecialForm
@_NotSubscriptable
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""


@_SpecialForm
@_NotSubscriptable
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""


def _one_type(form, parameters, wording):
    item = _as_arg(parameters, f'{form} {wording}', plain_ok=form._outer_only)
    return _GenericAlias(form, (item,))


def _qualifier(fn):
    return _SpecialForm(fn, bare_only=True, outer_only=True)


@_qualifier
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    return _one_type(self, parameters, 'accepts only single type.')


@_qualifier
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    return _one_type(self, parameters, 'accepts only single type.')


@_qualifier
def Required(self, parameters):
    """Special typing construct to mark a TypedDict key as required."""
    return _one_type(self, parameters, 'accepts only a single type.')


@_qualifier
def NotRequired(self, parameters):
    """Special typing construct to mark a TypedDict key as potentially missing."""
    return _one_type(self, parameters, 'accepts only a single type.')


@_qualifier
def ReadOnly(self, parameters):
    """A special typing construct to mark an item of a TypedDict as read-only."""
    return _one_type(self, parameters, 'accepts only a single type.')


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _as_arg(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type predicate functions."""
    return _one_type(self, parameters, 'accepts only single type.')


@_SpecialForm
def TypeIs(self, parameters):
    """Special typing construct for marking user-defined type predicate functions."""
    return _one_type(self, parameters, 'accepts only single type.')


@_SpecialForm
def Concatenate(self, parameters):
    """Special form for annotating higher-order functions."""
    parameters = _as_tuple(parameters)
    if not parameters:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not (isinstance(parameters[-1], ParamSpec) or parameters[-1] is ...):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    head = tuple(_as_arg(p, "Concatenate[arg, ...]: each arg must be a type.") for p in parameters[:-1])
    return _ConcatenateGenericAlias(self, head + (parameters[-1],))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _as_arg(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


def _flatten_literal(values):
    for v in values:
        if isinstance(v, _LiteralGenericAlias):
            yield from v.__args__
        else:
            yield v


@_TypedCacheSpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    unique = []
    seen = set()
    for v in _flatten_literal(parameters):
        key = (type(v), v)
        try:
            if key in seen:
                continue
            seen.add(key)
        except TypeError:
            if any(type(u) is type(v) and u == v for u in unique):
                continue
        unique.append(v)
    return _LiteralGenericAlias(self, tuple(unique))


@_TypedCacheSpecialForm
def Annotated(self, *params):
    """Add context-specific metadata to a type."""
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    if _is_unpacked_tvt(params[0]):
        raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
    origin = _as_arg(params[0], "Annotated[t, ...]: t must be a type.", plain_ok=True)
    metadata = params[1:]
    if isinstance(origin, _AnnotatedAlias):
        origin, metadata = origin.__origin__, origin.__metadata__ + metadata
    return _AnnotatedAlias(origin, metadata)


# ---- aliases -----------------------------------------------------------------------

def _mark(obj, attr, value=True, errors=(AttributeError, TypeError)):
    """obj.attr = value where obj takes it (built-in objects may not)."""
    try:
        setattr(obj, attr, value)
    except errors:
        pass
    return obj


def _derives_from(alias, bases):
    """What `class C(..., alias, ...)` derives from in alias's place.
    Generic joins the bases once, at the last generic base; a second
    Generic[...] (another object) is left for __init_subclass__ to refuse."""
    origin = alias.__origin__
    rest = bases[bases.index(alias) + 1:]
    if origin is Generic:
        if Protocol in bases or any(isinstance(b, _AliasBase) and b is not alias for b in rest):
            return ()
        return (Generic,)
    if not alias._name:
        return (origin,)
    own = () if origin in bases else (origin,)
    if any(isinstance(b, _AliasBase) or (isinstance(b, type) and issubclass(b, Generic)) for b in rest):
        return own
    return own + (Generic,)


# Attributes an alias keeps for itself (the rest are the origin's).
_ALIAS_OWN = frozenset({'_name', '_inst', '_nparams', '_defaults'})


class _AliasBase(_Unionable, _Final, _root=True):
    """What every alias shares: calling it calls its origin, attributes
    not its own come from the origin, and no class or instance checks."""

    def __init__(self, origin, *, inst=True, name=None):
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_inst', inst)

    def __call__(self, *args, **kwargs):
        if self._inst:
            return _mark(self.__origin__(*args, **kwargs), '__orig_class__', self, Exception)
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return _derives_from(self, bases)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if attr in _ALIAS_OWN or attr[:2] == '__' == attr[-2:]:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, val):
        # private and alias attributes stay here, others go to the origin
        dunder = attr[:2] == '__' == attr[-2:]
        if (attr[:1] == '_' and not dunder) or attr in _ALIAS_ATTRS:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __dir__(self):
        public = (a for a in dir(self.__origin__) if a[:1] != '_')
        return sorted(set(object.__dir__(self)).union(public))


_ALIAS_ATTRS = frozenset({'__origin__', '__args__', '__parameters__', '__metadata__', '__doc__', '__module__'})


class _GenericAlias(_AliasBase, _root=True):
    """origin[args]: List[int], C[int] for a generic class C, ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in _as_tuple(args))
        self.__parameters__ = _find_params(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def _key(self):
        return (self.__origin__,) + self.__args__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        mapping = _bind(self, self.__parameters__, _as_tuple(args))
        new_args = []
        for a in self.__args__:
            if _is_unpacked_tvt(a) and isinstance(mapping.get(a.__args__[0]), tuple):
                new_args.extend(mapping[a.__args__[0]])
            else:
                new_args.append(_replace(a, mapping))
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        inside = ', '.join(map(_type_repr, self.__args__)) if self.__args__ else '()'
        return f'{head}[{inside}]'

    def __reduce__(self):
        import operator
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__[0] if len(self.__args__) == 1 else self.__args__
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        return _derives_from(self, bases)

    def __iter__(self):
        yield Unpack[self]


class _TypingEllipsis:
    """Stands for ... among the arguments of Tuple."""


class _SpecialGenericAlias(_AliasBase, _root=True):
    """List, Dict, ...: a class and how many arguments it takes."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        self._defaults = defaults
        where = '' if origin.__module__ == 'builtins' and inst is False and name != 'Tuple' and name != 'Type' \
            else origin.__module__ + '.'
        self.__doc__ = f'Deprecated alias to {where}{origin.__qualname__}.'

    def __getitem__(self, params):
        params = tuple(_as_arg(p, "Parameters to generic types must be types.") for p in _as_tuple(params))
        given = len(params)
        if given < self._nparams and given + len(self._defaults) >= self._nparams:
            params = params + self._defaults[given - self._nparams:]
        if len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} arguments for {self}; actual {given}, expected {self._nparams}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return f'typing.{self._name}'

    __reduce__ = lambda self: self._name

    def __subclasscheck__(self, cls):
        # unsubscripted, the alias stands for its class
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls.__origin__ if isinstance(cls, _SpecialGenericAlias) else cls, self.__origin__)


class _DeprecatedGenericAlias(_SpecialGenericAlias, _root=True):
    pass


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_paramspec_value(args[0]) and not isinstance(args[0], (list, tuple)):
            return f'typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        pspecs = [p for p in self.__parameters__ if isinstance(p, ParamSpec)]
        result = super().__getitem__(args)
        if pspecs:
            flat = []
            for a in result.__args__[:-1]:
                if isinstance(a, tuple):
                    flat.extend(a)
                elif isinstance(a, _ConcatenateGenericAlias):
                    flat.extend(a.__args__)
                else:
                    flat.append(a)
            result = self.copy_with(tuple(flat) + result.__args__[-1:])
        return result


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (*(_as_arg(a, "Callable[[arg, ...], result]: each arg must be a type.") for a in args),
                      _as_arg(result, "Callable[[arg, ...], result]: result must be a type."))
        elif _is_paramspec_value(args):
            params = (args, _as_arg(result, "Callable[[arg, ...], result]: result must be a type."))
        else:
            params = (_as_arg(args, "Callable[[arg, ...], result]: each arg must be a type."),
                      _as_arg(result, "Callable[[arg, ...], result]: result must be a type."))
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return self.copy_with(())
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            head = tuple(_as_arg(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1])
            return self.copy_with(head + (_TypingEllipsis,))
        return self.copy_with(tuple(_as_arg(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in params))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args):
        _AliasBase.__init__(self, origin, name='Literal')
        self.__args__ = args
        self.__parameters__ = ()

    def _key(self):
        # order does not count, and 1 differs from True
        return Literal, frozenset((type(v), v) for v in self.__args__)

    def __repr__(self):
        return f'typing.Literal[{", ".join(map(repr, self.__args__))}]'


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata a type checker ignores.  The
    Annotated form has merged nested Annotated[...] already."""

    def __init__(self, origin, metadata):
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = tuple(metadata)

    def _key(self):
        return (Annotated, self.__origin__) + self.__metadata__

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        shown = [_type_repr(self.__origin__)] + [repr(m) for m in self.__metadata__]
        return f'typing.Annotated[{", ".join(shown)}]'

    def __reduce__(self):
        import operator
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    __mro_entries__ = lambda self, bases: (self.__origin__,)


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        # the ParamSpec at the end replaced by a list of types, or by
        # another Concatenate: one flat argument list
        *head, tail = params
        if isinstance(tail, (list, tuple)):
            return (*head, *tail)
        if isinstance(tail, _ConcatenateGenericAlias):
            *more, tail = tail.__args__
            head += more
        return _ConcatenateGenericAlias(self.__origin__, (*head, tail), name=self._name)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return f'typing.Unpack[{_type_repr(self.__args__[0])}]'

    @property
    def __typing_unpacked_tuple_args__(self):
        arg = self.__args__[0]
        if isinstance(arg, _GenericAlias) and arg.__origin__ is tuple:
            return arg.__args__
        if isinstance(arg, types.GenericAlias) and arg.__origin__ is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


# ---- the hooks of the C objects -------------------------------------------------

def _unpack_of(tvt):
    """*Ts"""
    return Unpack[tvt]


def _typevar_subst(param, arg):
    """T.__typing_subst__(arg): arg as the value of a TypeVar."""
    arg = _as_arg(arg, "Parameters to generic types must be types.")
    if (isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or \
            (isinstance(arg, types.GenericAlias) and arg.__unpacked__):
        raise TypeError(f"{arg} is not valid as type argument")
    return arg


def _paramspec_subst(param, arg):
    """P.__typing_subst__(arg): a list or tuple of types, ..., a ParamSpec
    or a Concatenate."""
    if isinstance(arg, (list, tuple)):
        return tuple(_as_arg(a, "Expected a type.") for a in arg)
    if not _is_paramspec_value(arg):
        raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}")
    return arg


def _position_of(param, alias, args):
    """The index of param among alias's parameters, after an absent
    argument has taken param's default (when it is the next one)."""
    at = alias.__parameters__.index(param)
    if at == len(args) and param.has_default():
        args = (*args, param.__default__)
    return at, args


def _typevar_prepare_subst(param, alias, args):
    at, args = _position_of(param, alias, args)
    if at >= len(args):
        raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, expected at least {at + 1}")
    return args


def _paramspec_prepare_subst(param, alias, args):
    at, args = _position_of(param, alias, args)
    if at >= len(args):
        raise TypeError(f"Too few arguments for {alias}")
    if len(alias.__parameters__) == 1 and not _is_paramspec_value(args[0]):
        return (args,)
    if isinstance(args[at], list):
        return (*args[:at], tuple(args[at]), *args[at + 1:])
    return args


def _typevartuple_prepare_subst(param, alias, args):
    """Groups the arguments *Ts stands for into one tuple; an unpacked
    tuple[X, ...] among them also fills the parameters around *Ts."""
    params = alias.__parameters__
    at = params.index(param)
    if any(isinstance(p, TypeVarTuple) for p in params[at + 1:]):
        raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
    before, after = at, len(params) - at - 1
    star_at = fill = None
    for i, a in enumerate(args):
        inner = None if isinstance(a, type) else getattr(a, '__typing_unpacked_tuple_args__', None)
        if inner and len(inner) == 2 and inner[1] is ...:
            if star_at is not None:
                raise TypeError("More than one unpacked arbitrary-length tuple argument")
            star_at, fill = i, inner[0]
    if star_at is not None:
        before, after = min(before, star_at), min(after, len(args) - star_at - 1)
    elif before + after > len(args):
        raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, expected at least {len(params) - 1}")
    end = len(args) - after
    if before == end and param.has_default():
        d = param.__default__
        share = tuple(getattr(d, '__typing_unpacked_tuple_args__', None) or (d,))
    else:
        share = tuple(args[before:end])
    return (*args[:before], *[fill] * (at - before), share,
            *[fill] * (len(params) - after - at - 1), *args[end:])


def _generic_base(params):
    """The base `class C[T, *Ts]:` gets: Generic[T, *Ts]."""
    params = tuple(Unpack[p] if isinstance(p, TypeVarTuple) else p for p in _as_tuple(params))
    return _GenericAlias(Generic, params)


def _check_default_order(params):
    """Parameters with defaults come last, and none after a TypeVarTuple."""
    default_seen = tuple_seen = False
    for p in params:
        if _is_unpacked_tvt(p):
            p = p.__args__[0]
        if p.has_default():
            if tuple_seen:
                raise TypeError("Type parameter with a default follows TypeVarTuple")
            default_seen = True
        elif default_seen and not isinstance(p, TypeVarTuple):
            raise TypeError(f"Type parameter {p!r} without a default follows type parameter with a default")
        if isinstance(p, TypeVarTuple):
            tuple_seen = True


_generic_cache = {}


def _subscript_generic(cls, params):
    """Generic[T], Protocol[T] and C[int] for a generic class C."""
    params = _as_tuple(params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        for p in params:
            if not (isinstance(p, (TypeVar, ParamSpec)) or _is_unpacked_tvt(p)):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        _check_default_order(params)
        # the same parameters give the same alias, as CPython's cache does
        # (so `class C(Generic[T], Generic[T])` names one base twice)
        key = (cls, params)
        alias = _generic_cache.get(key)
        if alias is None:
            if len(_generic_cache) >= 128:
                _generic_cache.clear()
            alias = _generic_cache[key] = _GenericAlias(cls, params)
        return alias
    own = cls.__dict__.get('__parameters__', ())
    if not own:
        raise TypeError(f"{cls} is not a generic class")
    params = tuple(type(None) if p is None else _forward_ref(p) if isinstance(p, str) else p for p in params)
    mapping = _bind(cls, own, params, check=False)
    values = []
    for p in own:
        v = mapping[p]
        if isinstance(p, TypeVarTuple):
            values.extend(v)
        else:
            values.append(v)
    return _GenericAlias(cls, tuple(values))


def _init_generic_subclass(cls, *args, **kwargs):
    """Finds the __parameters__ of a class deriving from Generic."""
    super(Generic, cls).__init_subclass__(*args, **kwargs)
    bases = cls.__dict__.get('__orig_bases__')
    if Generic in (cls.__bases__ if bases is None else bases) and cls.__name__ != 'Protocol' \
            and type(cls).__name__ != '_TypedDictMeta':
        raise TypeError("Cannot inherit from plain Generic")
    if bases is None:
        found = ()
    else:
        declared = None
        generic_seen = False
        for b in bases:
            if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol) and b.__args__:
                if b.__origin__ is Generic:
                    if generic_seen:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    generic_seen = True
                    declared = b.__args__
                elif declared is None:
                    declared = b.__args__
        found = _find_params(bases)
        if declared is not None:
            declared = tuple(p.__args__[0] if _is_unpacked_tvt(p) else p for p in declared)
            missing = [p for p in found if p not in declared]
            if missing:
                which = 'Generic' if any(isinstance(b, _GenericAlias) and b.__origin__ is Generic
                                         for b in bases) else 'Protocol'
                raise TypeError(f"Some type variables ({', '.join(str(p) for p in missing)}) "
                                f"are not listed in {which}[{', '.join(str(p) for p in declared)}]")
            found = declared
    cls.__parameters__ = tuple(found)


def _substitute_args(alias, args, params, item):
    """The arguments of alias[item] for types.GenericAlias and unions whose
    parameters include a ParamSpec or TypeVarTuple: a ParamSpec becomes the
    tuple of its values, *Ts the values of Ts spliced in."""
    mapping = _bind(alias, params, _as_tuple(item))
    out = []
    for a in args:
        if _is_unpacked_tvt(a) and isinstance(mapping.get(a.__args__[0]), tuple):
            out.extend(mapping[a.__args__[0]])
        elif isinstance(a, types.GenericAlias) and a.__unpacked__ and a.__parameters__:
            out.append(next(iter(_replace(a, mapping))))
        else:
            out.append(_replace(a, mapping))
    return tuple(out)


# ---- the aliases of classes ---------------------------------------------------------

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
if hasattr(_abc, 'ByteString'):
    ByteString = _DeprecatedGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3, defaults=(type(None), type(None)))
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, defaults=(type(None),))
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')


# Pattern, Match and the context managers are made when first read: their
# modules are imported only then, which keeps importing typing light.
def __getattr__(name):
    if name == 'ForwardRef':
        alias = _annotationlib().ForwardRef
    elif name in ('Pattern', 'Match'):
        import re
        alias = _SpecialGenericAlias(getattr(re, name), 1)
    elif name in ('ContextManager', 'AsyncContextManager'):
        import contextlib
        origin = contextlib.AbstractContextManager if name == 'ContextManager' \
            else contextlib.AbstractAsyncContextManager
        alias = _SpecialGenericAlias(origin, 2, name=name, defaults=(bool | None,))
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = alias
    return alias


# ---- helper functions ---------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type.

    This returns the value unchanged.  To the type checker this
    signals that the return value has the designated type, but at
    runtime we intentionally don't check anything (we want this
    to be as fast as possible).
    """
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    text = repr(arg)
    if len(text) > 100:
        text = text[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {text}")


def reveal_type(obj, /):
    """Ask a static type checker to reveal the inferred type of an expression."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    """Decorator to indicate final methods and final classes."""
    return _mark(f, '__final__')


def override(method, /):
    """Indicate that a method is intended to override a method in a base class."""
    return _mark(method, '__override__')


def _defined_inside(obj, cls):
    return getattr(obj, '__qualname__', '').startswith(cls.__qualname__ + '.')


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        # the functions and classes defined in its body, not those it took in
        members = (getattr(v, '__func__', v) for v in arg.__dict__.values())
        for m in members:
            if _defined_inside(m, arg):
                if isinstance(m, type):
                    no_type_check(m)
                elif isinstance(m, types.FunctionType):
                    m.__no_type_check__ = True
    return _mark(arg, '__no_type_check__', True, TypeError)


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    import warnings
    warnings.warn("'typing.no_type_check_decorator' is deprecated and slated for removal in Python 3.15",
                  DeprecationWarning, stacklevel=2)
    @functools.wraps(decorator)
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour."""
    settings = dict(eq_default=eq_default, order_default=order_default, kw_only_default=kw_only_default,
                    frozen_default=frozen_default, field_specifiers=field_specifiers, kwargs=kwargs)

    def decorate(target):
        target.__dataclass_transform__ = settings
        return target
    return decorate


# overload: the variants registered per function, by module, qualname and first line
_overload_registry = {}


def _overload_key(func):
    f = getattr(func, '__func__', func)
    return f.__module__, f.__qualname__


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, '__func__', func)
    try:
        key = _overload_key(f)
        _overload_registry.setdefault(key, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


_OVERLOAD_CALLED = ("You should not call an overloaded function. A series of @overload-decorated functions "
                    "outside a stub module should always be followed by an implementation that is not "
                    "@overload-ed.")


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(_OVERLOAD_CALLED)


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    try:
        variants = _overload_registry.get(_overload_key(func), {})
    except AttributeError:
        return []
    return list(variants.values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_AliasBase, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        args = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or \
                (isinstance(tp, types.GenericAlias) and tp.__origin__ is collections.abc.Callable):
            if args and not (len(args) == 2 and _is_paramspec_value(args[0])
                             and not isinstance(args[0], (list, tuple))):
                args = (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _strip_extras(tp):
    """tp without Annotated, Required, NotRequired and ReadOnly wrappers."""
    if isinstance(tp, _AnnotatedAlias):
        return _strip_extras(tp.__origin__)
    if isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired, ReadOnly):
        return _strip_extras(tp.__args__[0])
    if isinstance(tp, _GenericAlias):
        stripped = tuple(_strip_extras(a) for a in tp.__args__)
        return tp if stripped == tp.__args__ else tp.copy_with(stripped)
    if isinstance(tp, types.GenericAlias):
        stripped = tuple(_strip_extras(a) for a in tp.__args__)
        return tp if stripped == tp.__args__ else types.GenericAlias(tp.__origin__, stripped)
    if isinstance(tp, types.UnionType):
        stripped = tuple(_strip_extras(a) for a in tp.__args__)
        return tp if stripped == tp.__args__ else functools.reduce(lambda a, b: Union[a, b], stripped)
    return tp


class _Scope:
    """Where the forward references of one annotation are evaluated."""

    def __init__(self, globalns, localns, type_params, format, owner, guard=frozenset()):
        self.globalns, self.localns, self.type_params = globalns, localns, type_params
        self.format, self.owner, self.guard = format, owner, guard

    def guarding(self, text):
        return _Scope(self.globalns, self.localns, self.type_params, self.format,
                      self.owner, self.guard | {text})


def _resolve(value, scope):
    """An annotation with the strings and forward references in it evaluated."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = _forward_ref(value)
    if _is_forward_ref(value):
        return _resolve_forward_ref(value, scope)
    recurse = lambda arg: _resolve(arg, scope)
    if isinstance(value, _GenericAlias) and not isinstance(value, _LiteralGenericAlias):
        args = tuple(recurse(a) if not isinstance(a, list) else [recurse(x) for x in a]
                     for a in value.__args__)
        if isinstance(value, _AnnotatedAlias):
            return _AnnotatedAlias(args[0], value.__metadata__)
        return value if args == value.__args__ else value.copy_with(args)
    if isinstance(value, types.GenericAlias):
        args = tuple(recurse(a) for a in value.__args__)
        return value if args == value.__args__ else types.GenericAlias(value.__origin__, args)
    if isinstance(value, types.UnionType):
        args = tuple(recurse(a) for a in value.__args__)
        return value if args == value.__args__ else functools.reduce(lambda a, b: Union[a, b], args)
    return value


def _class_own_annotations(cls):
    """The annotations cls itself has (not those of its bases): what
    type's __annotations__ descriptor reads from cls's own dict."""
    try:
        return _TYPE_ANNOTATIONS.__get__(cls, type(cls)) or {}
    except AttributeError:
        return {}


_TYPE_ANNOTATIONS = type.__dict__['__annotations__']


def _resolve_forward_ref(ref, scope):
    """What ref names, itself evaluated; in the FORWARDREF format a name that
    cannot be evaluated stays a reference.  A reference met again inside its
    own value is left as it is."""
    text = ref.__forward_arg__
    if text in scope.guard:
        return ref
    Format = _annotationlib().Format
    found = ref.evaluate(globals=scope.globalns, locals=scope.localns,
                         type_params=scope.type_params, owner=scope.owner, format=scope.format)
    if _is_forward_ref(found) and scope.format == Format.FORWARDREF:
        return found
    if isinstance(found, str):
        found = _forward_ref(found, module=ref.__forward_module__,
                             owner=scope.owner or ref.__owner__,
                             is_argument=ref.__forward_is_argument__,
                             is_class=ref.__forward_is_class__)
    return _resolve(found, scope.guarding(text))


def _with_type_params(type_params, globalns, localns, is_class):
    """The namespaces with type parameters added as an annotation scope sees
    them; in a class, a global of the same name wins."""
    if not type_params:
        return globalns, localns
    globalns, localns = dict(globalns), dict(localns)
    for param in type_params:
        if not is_class or param.__name__ not in globalns:
            globalns[param.__name__] = param
            localns.pop(param.__name__, None)
    return globalns, localns


def _class_hints(cls, globalns, localns, format):
    """The annotations of cls and its bases, the nearest class's winning."""
    annotationlib = _annotationlib()
    hints = {}
    for base in reversed(cls.__mro__):
        found = annotationlib.get_annotations(base, format=format)
        if format == annotationlib.Format.STRING:
            hints.update(found)
            continue
        base_globals = globalns
        if base_globals is None:
            base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
        base_locals = dict(vars(base)) if localns is None else localns
        if globalns is None and localns is None:
            # as before locals were read: a module's names come before the class's
            base_globals, base_locals = base_locals, base_globals
        base_globals, base_locals = _with_type_params(getattr(base, '__type_params__', ()), base_globals,
                                                      base_locals, True)
        scope = _Scope(base_globals, base_locals, (), format, cls)
        for name, value in found.items():
            if isinstance(value, str):
                value = _forward_ref(value, is_argument=False, is_class=True)
            hints[name] = _resolve(value, scope)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False, *, format=None):
    """Return type hints for an object.

    This is often the same as obj.__annotations__, but it handles
    forward references encoded as string literals and recursively replaces all
    'Annotated[T, ...]' with 'T' (unless 'include_extras=True').

    The argument may be a module, class, method, or function. The annotations
    are returned as a dictionary. For classes, annotations include also
    inherited members.
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    annotationlib = _annotationlib()
    Format = annotationlib.Format
    if format is None:
        format = Format.VALUE
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns, format)
    else:
        hints = annotationlib.get_annotations(obj, format=format)
        if (not hints and not isinstance(obj, types.ModuleType) and not callable(obj)
                and not hasattr(obj, '__annotations__') and not hasattr(obj, '__annotate__')):
            raise TypeError(f"{obj!r} is not a module, class, or callable.")
        if format == Format.STRING:
            return hints
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        globalns, localns = _with_type_params(getattr(obj, '__type_params__', ()), globalns,
                                              localns, False)
        scope = _Scope(globalns, localns, (), format, obj)
        for name, value in hints.items():
            if isinstance(value, str):
                value = _forward_ref(value, is_argument=not isinstance(obj, types.ModuleType))
            hints[name] = _resolve(value, scope)
    if include_extras or format == Format.STRING:
        return hints
    return {k: _strip_extras(v) for k, v in hints.items()}


def evaluate_forward_ref(forward_ref, *, owner=None, globals=None, locals=None, type_params=None,
                         format=None, _recursive_guard=frozenset()):
    """Evaluate a forward reference as a type hint.

    This is similar to calling the ForwardRef.evaluate() method,
    but unlike that method, evaluate_forward_ref() also
    recursively evaluates forward references nested within the type hint.

    *forward_ref* must be an instance of ForwardRef. *owner*, if given,
    should be the object that holds the annotations that the forward reference
    derived from, such as a module, class object, or function. It is used to
    infer the namespaces to use for looking up names. *globals* and *locals*
    can also be explicitly given to provide the global and local namespaces.
    *type_params* is a tuple of type parameters that are in scope when
    evaluating the forward reference. This parameter should be provided (though
    it may be an empty tuple) if *owner* is not given and the forward reference
    does not already have an owner set. *format* specifies the format of the
    annotation and is a member of the annotationlib.Format enum, defaulting to
    VALUE.
    """
    Format = _annotationlib().Format
    if format == Format.STRING:
        return forward_ref.__forward_arg__
    if format is None:
        format = Format.VALUE
    scope = _Scope(globals, locals, type_params, format,
                   owner if owner is not None else forward_ref.__owner__, _recursive_guard)
    return _resolve_forward_ref(forward_ref, scope)


# ---- NewType ---------------------------------------------------------------------------

class NewType(_Unionable):
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        caller = sys._getframe(1).f_globals.get('__name__', '__main__')
        if caller != 'typing':
            self.__module__ = caller

    def __call__(self, value, /):
        return value

    def __repr__(self):
        return '.'.join((self.__module__, self.__qualname__))

    __reduce__ = lambda self: self.__qualname__

    def __mro_entries__(self, bases):
        # the class statement fails, from the __init_subclass__ of a stand-in
        suggestion = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{cls.__name__} = NewType({cls.__name__!r}, {suggestion})`")
        return (_Refuse,)


# ---- Protocol ------------------------------------------------------------------------------

# Names every class has, which a protocol does not count among its members.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__match_args__',
    '__static_attributes__', '__firstlineno__', '__annotate__', '__annotate_func__',
    '__annotations_cache__', '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__',
    '__qualname__', '__init_subclass__', '__abc_impl__', '_abc_impl', '__classdictcell__', '__callable_proto_members_only__',
    '__final__', '__dataclass_params__', '__dataclass_fields__',
})
_SKIPPED_BASES = frozenset({'Protocol', 'Generic', 'object'})


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in _SKIPPED_BASES:
            continue
        try:
            ann = _class_own_annotations(base)
        except Exception:
            ann = {}
        names = list(base.__dict__) + list(ann or ())
        for name in names:
            if not name.startswith('_abc_') and name not in _NOT_MEMBERS:
                members.add(name)
    return members


def _refuse_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


import abc as _abc_module


class _ProtocolMeta(_abc_module.ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in {object, Generic} or base.__name__ in _SPECIAL_PROTOCOL_NAMES
                        or (isinstance(base, _ProtocolMeta) and base._is_protocol)):
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if cls.__name__ != 'Protocol' or cls.__module__ != 'typing':
            _finish_protocol_class(cls)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and cls is not Protocol and not _called_by_abc():
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            _require_runtime(cls)
            data = sorted(cls.__non_callable_proto_members__)
            if data:
                raise TypeError("Protocols with non-method members don't support issubclass()."
                                f" Non-method members: {', '.join(map(repr, data))}.")
        return _abc_module.ABCMeta.__subclasscheck__(cls, other)

    def __instancecheck__(cls, instance):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return _abc_module.ABCMeta.__instancecheck__(cls, instance)
        _require_runtime(cls)
        # nominal first (registered and real subclasses), then structural
        return _abc_module.ABCMeta.__instancecheck__(cls, instance) or \
            all(_instance_has(instance, a, cls.__non_callable_proto_members__) for a in cls.__protocol_attrs__)


def _require_runtime(cls):
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")


def _instance_has(instance, attr, data_members):
    """An instance has a method member when it is not None, and a data
    member when it can be read at all."""
    try:
        value = getattr(instance, attr)
    except AttributeError:
        return False
    return value is not None or attr in data_members


def _called_by_abc():
    """Whether the running issubclass() comes from ABCMeta's own machinery
    (a registered subclass or __subclasshook__ walk)."""
    try:
        return sys._getframe(2).f_globals.get('__name__') in {'abc', '_py_abc', 'functools'}
    except ValueError:
        return False


_SPECIAL_PROTOCOL_NAMES = frozenset({
    'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'AsyncIterator', 'Hashable',
    'Sized', 'Container', 'Collection', 'Reversible', 'Buffer', 'AbstractContextManager',
    'AbstractAsyncContextManager',
})


def _has_member(klass, attr):
    """Whether klass provides attr: defined (not as None) somewhere in its
    MRO, or annotated by a protocol class in it."""
    for base in klass.__mro__:
        own = base.__dict__
        if attr in own:
            return own[attr] is not None
        notes = own.get('__annotations__')
        if isinstance(notes, dict) and attr in notes and getattr(klass, '_is_protocol', False):
            return True
    return False


def _structural_subclasshook(cls, other):
    """The __subclasshook__ protocols get: a structural check, made only by
    the runtime-checkable ones that declare it themselves."""
    checked = cls.__dict__.get('_is_protocol', False) and getattr(cls, '_is_runtime_protocol', False)
    if checked and all(_has_member(other, a) for a in cls.__protocol_attrs__):
        return True
    return NotImplemented


def _finish_protocol_class(cls):
    """What a class statement deriving from Protocol sets up once the class
    exists: whether it is a protocol itself, its structural subclass hook,
    and an __init__ that refuses to make instances of a protocol."""
    if '_is_protocol' not in cls.__dict__:
        cls._is_protocol = Protocol in cls.__bases__
    cls.__dict__.get('__subclasshook__') or setattr(cls, '__subclasshook__', classmethod(_structural_subclasshook))
    if cls._is_protocol and cls.__init__ is object.__init__:
        cls.__init__ = _refuse_init
    if cls._is_protocol:
        cls.__protocol_attrs__ = _protocol_members(cls)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    data = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception as e:
            raise TypeError(f"Failed to determine whether protocol member {attr!r} is a method member") from e
        if not is_callable:
            data.add(attr)
    cls.__non_callable_proto_members__ = data
    return cls


def is_protocol(tp, /):
    """Return True if the given type is a Protocol."""
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp, /):
    """Return the set of members defined in a Protocol."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)


def _single_method_protocol(name, method, generic=False):
    """SupportsInt and friends: a runtime protocol with one abstract method
    (generic in what that method returns when generic is set)."""
    doc = f'A protocol with one abstract method {method}'
    doc += ' that is covariant in its return type.' if generic else '.'
    def member(self):
        pass
    member.__name__ = method
    member.__qualname__ = f'{name}.{method}'
    ns = {'__slots__': (), '__doc__': doc, '__module__': 'typing', method: _abc_module.abstractmethod(member)}
    bases = (Protocol[_T_inferred],) if generic else (Protocol,)
    return runtime_checkable(types.new_class(name, bases, exec_body=lambda body: body.update(ns)))


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)
_T_inferred = TypeVar('T', infer_variance=True)   # what `class SupportsAbs[T]` would make

Text = str

SupportsInt = _single_method_protocol('SupportsInt', '__int__')
SupportsFloat = _single_method_protocol('SupportsFloat', '__float__')
SupportsComplex = _single_method_protocol('SupportsComplex', '__complex__')
SupportsBytes = _single_method_protocol('SupportsBytes', '__bytes__')
SupportsIndex = _single_method_protocol('SupportsIndex', '__index__')
SupportsAbs = _single_method_protocol('SupportsAbs', '__abs__', generic=True)
SupportsRound = _single_method_protocol('SupportsRound', '__round__', generic=True)


# ---- NamedTuple ---------------------------------------------------------------------------

def _class_annotations(ns):
    """The annotations of a class body, from its namespace."""
    if '__annotations__' in ns:
        return dict(ns['__annotations__'])
    fn = ns.get('__annotate_func__') or ns.get('__annotate__')
    if fn is None:
        return {}
    return dict(fn(1))


def _build_namedtuple(name, fields, module, defaults=()):
    names = [n for n, _ in fields]
    nt = collections.namedtuple(name, names, defaults=defaults, module=module)
    nt.__annotations__ = {n: _as_arg(t, f"field {n} annotation must be a type") for n, t in fields}
    return nt


_NT_FORBIDDEN = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                           '_make', '_replace', '_asdict', '_source'})
_NT_KEEP = frozenset({'__module__', '__name__', '__annotations__', '__annotate__', '__annotate_func__',
                      '__qualname__', '__classdictcell__', '__firstlineno__', '__static_attributes__',
                      '__orig_bases__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        ann = _class_annotations(ns)
        defaults = []
        for field in ann:
            if field in ns:
                defaults.append(ns[field])
            elif defaults:
                noun = 'fields' if len(defaults) > 1 else 'field'
                raise TypeError(f"Non-default namedtuple field {field} cannot follow default {noun} "
                                f"{', '.join(f for f in ann if f in ns and list(ann).index(f) < list(ann).index(field))}")
        nt = _build_namedtuple(typename, ann.items(), ns['__module__'], defaults)
        for key, val in ns.items():
            if key in _NT_FORBIDDEN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_KEEP and key not in nt._fields:
                setattr(nt, key, val)
                setter = getattr(type(val), '__set_name__', None)
                if setter is not None:
                    setter(val, nt, key)
        if '__orig_bases__' in ns:
            nt.__orig_bases__ = ns['__orig_bases__']
        if Generic in bases:
            # a generic named tuple: Generic joins its bases, which finds
            # its __parameters__ and lets it be subscripted
            nt.__bases__ = bases
            nt.__init_subclass__()
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple."""
    if fields is None:
        if kwargs:
            raise TypeError("Creating NamedTuple classes using keyword arguments is deprecated and "
                            "will be disallowed in Python 3.15. Use the class-based or functional "
                            "syntax instead.")
        fields = []
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = None
    made = _build_namedtuple(typename, list(fields), module)
    made.__orig_bases__ = (NamedTuple,)
    return made


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---- TypedDict ------------------------------------------------------------------------------

def _key_qualifiers(tp):
    """The wrappers around a TypedDict value type: a set of Required,
    NotRequired and ReadOnly."""
    found = set()
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired, ReadOnly):
            found.add(tp.__origin__)
            tp = tp.__args__[0]
        else:
            return found


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True, closed=None, extra_items=None):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        td = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        own = {k: _as_arg(v, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type", plain_ok=True)
               for k, v in _class_annotations(ns).items()}
        annotations = {}
        required, optional, readonly, mutable = set(), set(), set(), set()
        for base in bases:
            if type(base) is not _TypedDictMeta:
                continue
            annotations.update(_class_own_annotations(base))
            required |= base.__required_keys__
            optional |= base.__optional_keys__
            readonly |= base.__readonly_keys__
            mutable |= base.__mutable_keys__
        annotations.update(own)
        for key, tp in own.items():
            marks = _key_qualifiers(tp)
            if Required in marks or (total and NotRequired not in marks):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
            if ReadOnly in marks:
                mutable.discard(key)
                readonly.add(key)
            else:
                readonly.discard(key)
                mutable.add(key)
        td.__annotations__ = annotations
        td.__required_keys__ = frozenset(required)
        td.__optional_keys__ = frozenset(optional)
        td.__readonly_keys__ = frozenset(readonly)
        td.__mutable_keys__ = frozenset(mutable)
        td.__total__ = total
        td.__closed__ = closed
        td.__extra_items__ = extra_items
        return td

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, closed=None, extra_items=None):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = {}
    ns = {'__annotations__': dict(fields)}
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = None
    if module is not None:
        ns['__module__'] = module
    td = _TypedDictMeta(typename, (), ns, total=total, closed=closed)
    td.__orig_bases__ = (TypedDict,)
    return td


_TypedDict = _TypedDictMeta('TypedDict', (), {'__module__': 'typing'})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---- IO ----------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO.

    This is an abstract, generic version of the return of open().

    NOTE: This does not distinguish between the different possible
    classes (text vs. binary, read vs. write vs. read/write,
    append-only, unbuffered).  The TextIO and BinaryIO subclasses
    below capture the distinctions between text vs. binary, which is
    pervasive in the interface. For more precise types, define a custom
    Protocol.
    """

    __slots__ = ()

    @property
    def mode(self): pass

    @property
    def name(self): pass

    def close(self): pass

    @property
    def closed(self): pass

    def fileno(self): pass

    def flush(self): pass

    def isatty(self): pass

    def read(self, n=-1): pass

    def readable(self): pass

    def readline(self, limit=-1): pass

    def readlines(self, hint=-1): pass

    def seek(self, offset, whence=0): pass

    def seekable(self): pass

    def tell(self): pass

    def truncate(self, size=None): pass

    def writable(self): pass

    def write(self, s): pass

    def writelines(self, lines): pass

    def __enter__(self): pass

    def __exit__(self, type, value, traceback): pass


class BinaryIO(IO[bytes]):
    """Typed approximation of the return of open() in binary mode."""

    __slots__ = ()

    def write(self, s): pass

    def __enter__(self): pass


class TextIO(IO[str]):
    """Typed approximation of the return of open() in text mode."""

    __slots__ = ()

    @property
    def buffer(self): pass

    @property
    def encoding(self): pass

    @property
    def errors(self): pass

    @property
    def line_buffering(self): pass

    @property
    def newlines(self): pass

    def __enter__(self): pass
