"""functools.py - Tools for working with functions and callable objects
"""
# The parts where a program spends its time are C (_functools): partial and
# its Placeholder, reduce, cmp_to_key and the lru_cache wrapper.  What is
# here is the glue around them: the decorators, the descriptors, and the
# dispatch of singledispatch.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache',
           'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property', 'Placeholder']

from _functools import partial, Placeholder, _PlaceholderType, reduce, cmp_to_key, _lru_cache_wrapper
from abc import get_cache_token
from collections import namedtuple

# The types we test against, taken from objects rather than from the
# `types` module, which functools must not depend on (CPython's functools
# has them under these names too).
GenericAlias = type(list[int])
UnionType = type(int | str)
MappingProxyType = type(type.__dict__)
MethodType = type((lambda: None).__get__(0))

_UNSET = object()   # a default no attribute or dict value can be



# ---- update_wrapper and wraps -------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotate__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

    wrapper is the function to be updated
    wrapped is the original function
    assigned is a tuple naming the attributes assigned directly
    from the wrapped function to the wrapper function (defaults to
    functools.WRAPPER_ASSIGNMENTS)
    updated is a tuple naming the attributes of the wrapper that
    are updated with the corresponding attribute from the wrapped
    function (defaults to functools.WRAPPER_UPDATES)
    """
    for name in assigned:
        value = getattr(wrapped, name, _UNSET)
        if value is not _UNSET:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last: a __wrapped__ copied from `wrapped` above must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

    Returns a decorator that invokes update_wrapper() with the decorated
    function as the wrapper argument and the arguments to wraps() as the
    remaining arguments. Default arguments are as for update_wrapper().
    This is a convenience function to simplify applying partial() to
    update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering -----------------------------------------------------------

# How each comparison is derived from each other one: (root, derived,
# formula shown in the docstring, negate, join).  The root's result r is
# negated or not, then returned as is (join None), or "or"-ed with a == b
# (join 'or'), or "and"-ed with a != b (join 'and').  Only the root is
# called through the class; == and != are the operands' own.
_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}
_DERIVATIONS = [
    ('__lt__', '__gt__', '(not a < b) and (a != b)', True, 'and'),
    ('__lt__', '__le__', '(a < b) or (a == b)', False, 'or'),
    ('__lt__', '__ge__', '(not a < b)', True, None),
    ('__le__', '__ge__', '(not a <= b) or (a == b)', True, 'or'),
    ('__le__', '__lt__', '(a <= b) and (a != b)', False, 'and'),
    ('__le__', '__gt__', '(not a <= b)', True, None),
    ('__gt__', '__lt__', '(not a > b) and (a != b)', True, 'and'),
    ('__gt__', '__ge__', '(a > b) or (a == b)', False, 'or'),
    ('__gt__', '__le__', '(not a > b)', True, None),
    ('__ge__', '__le__', '(not a >= b) or (a == b)', True, 'or'),
    ('__ge__', '__gt__', '(a >= b) and (a != b)', False, 'and'),
    ('__ge__', '__lt__', '(not a >= b)', True, None),
]


def _derived_comparison(root, name, formula, negate, join):
    def comparison(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if join is None:
            return r
        return (r or self == other) if join == 'or' else (r and self != other)
    comparison.__name__ = name
    comparison.__qualname__ = f'_{name[2:4]}_from_{root[2:4]}'
    comparison.__doc__ = f'Return a {_SYMBOLS[name]} b.  Computed by @total_ordering from {formula}.'
    return comparison


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # A comparison counts as defined when the class does not merely inherit
    # object's; the first defined in this order becomes the root.
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for source, name, formula, negate, join in _DERIVATIONS:
        if source == root and name not in defined:
            setattr(cls, name, _derived_comparison(root, name, formula, negate, join))
    return cls


# ---- partialmethod ------------------------------------------------------------

def _partial_new(cls, func, /, *args, **keywords):
    # partialmethod.__new__, under the name CPython's error messages show.
    if not callable(func) and not hasattr(func, '__get__'):
        raise TypeError(f'the first argument {func!r} must be a callable or a descriptor')
    if isinstance(func, partialmethod):
        # Flatten: the inner one's arguments, its placeholders filled by ours.
        args = _fill_holes(func.args, args)
        keywords = {**func.keywords, **keywords}
        func = func.func
    if args and args[-1] is Placeholder:
        raise TypeError('trailing Placeholders are not allowed')
    if any(v is Placeholder for v in keywords.values()):
        raise TypeError('Placeholder cannot be passed as a keyword argument')
    self = object.__new__(cls)
    self.func = func
    self.args = args
    self.keywords = keywords
    self._holes = sum(1 for a in args if a is Placeholder)
    return self


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    __new__ = _partial_new

    def __repr__(self):
        cls = type(self)
        parts = [repr(self.func)]
        parts += [repr(a) for a in self.args]
        parts += [f'{k}={v!r}' for k, v in self.keywords.items()]
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        # A plain function, so that the usual function binding applies: the
        # instance (or class) arrives first, before the partial arguments.
        def _method(cls_or_self, /, *args, **keywords):
            if self._holes:
                if len(args) < self._holes:
                    raise TypeError("missing positional arguments in 'partial' call; "
                                    f'expected at least {self._holes}, got {len(args)}')
                front = _fill_holes(self.args, args[:self._holes])
                args = args[self._holes:]
            else:
                front = self.args
            return self.func(cls_or_self, *front, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.__partialmethod__ = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None and not isinstance(self.func, partial):
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor that produced something new (a bound method,
                # the function under a staticmethod, ...): apply to it.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


def _fill_holes(args, fillers):
    """args with its placeholders replaced by fillers in turn, and the
    fillers left over appended."""
    fillers = iter(fillers)
    out = [next(fillers, Placeholder) if a is Placeholder else a for a in args]
    out.extend(fillers)
    return tuple(out)


# ---- lru_cache and cache ------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_CacheInfo.__module__ = __name__


class _KeywordMark:
    """Separates the positional arguments from the keyword ones in a key."""
    __slots__ = ()


_KEYWORD_MARK = _KeywordMark()


def _make_key(args, kwds, typed):
    """The cache key of a call, as the C wrapper builds it: a lone int or
    str argument stands for itself."""
    key = tuple(args)
    if kwds:
        key += (_KEYWORD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(a) for a in args)
        key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached
    separately.  For example, f(decimal.Decimal("3.0")) and f(3.0) will be
    treated as distinct calls with distinct results.  Some types such as
    str and int may be cached separately even when typed is false.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with
    f.cache_clear().  Access the underlying function with f.__wrapped__.

    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

    """
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        user_function = maxsize
        wrapper = _lru_cache_wrapper(user_function, 128, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': 128, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch -----------------------------------------------------------

def _is_dispatch_class(obj):
    return isinstance(obj, type) and not isinstance(obj, GenericAlias)


def _dispatch_classes(obj):
    """The classes obj stands for in register(): itself, or the members of
    a union; None when it is neither a class nor a union of classes."""
    if _is_dispatch_class(obj):
        return (obj,)
    if isinstance(obj, UnionType) and all(_is_dispatch_class(a) for a in obj.__args__):
        return obj.__args__
    return None


def _c3_linearize(sequences):
    """The C3 merge of sequences (lists of classes), as for a class MRO."""
    pending = [list(s) for s in sequences if s]
    result = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        result.append(head)
        pending = [s[1:] if s[0] is head else s for s in pending]
        pending = [s for s in pending if s]
    return result


def _mro_with_virtuals(cls, virtuals):
    """cls's MRO with the abstract classes of `virtuals` it implements
    without inheriting them placed in it: each right after the class that
    brings it in, following that class's abstract bases and before its
    other bases."""
    bases = cls.__bases__
    brought = [v for v in virtuals if issubclass(cls, v) and not any(issubclass(b, v) for b in bases)]
    rest = [v for v in virtuals if v not in brought]
    # Bases up to the last abstract one precede what cls brings in.
    split = 0
    for i, b in enumerate(bases):
        if hasattr(b, '__abstractmethods__'):
            split = i + 1
    front, back = list(bases[:split]), list(bases[split:])
    groups = [[cls]]
    groups += [_mro_with_virtuals(b, rest) for b in front]
    groups += [_mro_with_virtuals(v, rest) for v in brought]
    groups += [_mro_with_virtuals(b, rest) for b in back]
    groups += [front, brought, back]
    return _c3_linearize(groups)


def _virtual_ancestors(cls, registered):
    """The registered classes cls is a subclass of without having them in
    its MRO (abstract classes it was registered with or that recognise
    it), most specific only, ordered as a common subclass orders them."""
    mro = cls.__mro__
    found = [t for t in registered if t not in mro and issubclass(cls, t)]
    found = [t for t in found if not any(t is not u and t in u.__mro__ for u in found)]
    ordered = []
    for t in found:
        # Classes between cls and t decide the order of t and its siblings.
        between = [s for s in type.__subclasses__(t) if s not in mro and issubclass(cls, s)]
        chains = sorted(([c for c in s.__mro__ if c in found] for s in between), key=len, reverse=True)
        for c in [c for chain in chains for c in chain] or [t]:
            if c not in ordered:
                ordered.append(c)
    return ordered


def _find_implementation(cls, registry):
    virtuals = _virtual_ancestors(cls, registry)
    line = _mro_with_virtuals(cls, virtuals) if virtuals else cls.__mro__
    for i, t in enumerate(line):
        if t in registry:
            break
    else:
        return None
    # A registered class right after the match that neither inherits from
    # the other, both only virtual ancestors, makes the choice arbitrary.
    if i + 1 < len(line):
        after = line[i + 1]
        mro = cls.__mro__
        if after in registry and after not in mro and t not in mro and not issubclass(t, after):
            raise RuntimeError(f'Ambiguous dispatch: {t} or {after}')
    return registry[t]


def _resolve_annotation(func, name, value, nested=False):
    """The class a register() annotation names, a string evaluated in
    func's globals (and their builtins); a string it evaluates to is
    evaluated in turn."""
    if not isinstance(value, str):
        return value
    scope = getattr(func, '__globals__', None)
    if scope is None:
        scope = {}
    try:
        code = compile(value, '<string>', 'eval')
    except SyntaxError:
        raise SyntaxError(f"Forward reference must be an expression -- got {value!r}")
    try:
        found = eval(code, scope)
    except NameError:
        missing_name = True
    except Exception:
        missing_name = False
    else:
        if isinstance(found, str):
            return _resolve_annotation(func, name, found, True)
        return type(None) if found is None else found
    # A missing name in an expression (not a lone name) names the function
    # in the message.
    owned = missing_name and (nested or not value.isidentifier())
    owner = f', owner={func!r}' if owned else ''
    raise TypeError(f'Invalid annotation for {name!r}. ForwardRef({value!r}{owner}) is an unresolved '
                    'forward reference.')


def _first_annotation(func):
    """(name, class) of func's first annotation; None without any."""
    try:
        annotations = getattr(func, '__annotations__', None)
    except NameError as e:
        # An annotation names something undefined (we cannot tell which
        # one: blame the first parameter).
        code = getattr(func, '__code__', None)
        name = code.co_varnames[0] if code and code.co_varnames else '?'
        raise TypeError(f'Invalid annotation for {name!r}. ForwardRef({e.name!r}, owner={func!r}) is an '
                        'unresolved forward reference.') from None
    if not annotations:
        return None
    name, value = next(iter(annotations.items()))
    return name, _resolve_annotation(func, name, value)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    from weakref import WeakKeyDictionary
    registry = {object: func}
    # Resolved implementations by class, held weakly so that a class can
    # die.  An ABC's registrations can change what a class dispatches to,
    # so the memo is dropped when the ABC cache token moves (watched once
    # an abstract class is registered).
    memo = WeakKeyDictionary()
    token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.

        """
        nonlocal token
        if token is not None:
            current = get_cache_token()
            if current != token:
                memo.clear()
                token = current
        try:
            return memo[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_implementation(cls, registry)
        memo[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.

        """
        nonlocal token
        classes = _dispatch_classes(cls)
        if classes is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
            found = _first_annotation(cls)
            if found is None:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated function.')
            func = cls
            name, cls = found
            classes = _dispatch_classes(cls)
            if classes is None:
                if isinstance(cls, UnionType):
                    raise TypeError(f'Invalid annotation for {name!r}. {cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {name!r}. {cls!r} is not a class.')
        for c in classes:
            registry[c] = func
            if token is None and hasattr(c, '__abstractmethods__'):
                token = get_cache_token()
        memo.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        cls = args[0].__class__
        # the memo straight away while no ABC token needs watching
        impl = memo.get(cls) if token is None else None
        return (impl or dispatch(cls))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def __repr__(self):
        return f'<single dispatch method descriptor {_display_name(self.func)}>'

    def __get__(self, obj, cls=None):
        # Dispatch happens at the call, on the first argument after binding.
        return _singledispatchmethod_get(self, obj, cls)

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    __isabstractmethod__ = property(lambda self: getattr(self.func, '__isabstractmethod__', False))


def _display_name(func):
    return getattr(func, '__qualname__', None) or getattr(func, '__name__', '?')


class _singledispatchmethod_get:
    # What singledispatchmethod.__get__ returns: calls dispatch on the type
    # of the first argument, then bind the chosen implementation as the
    # descriptor would have been bound.

    def __init__(self, unbound, obj, cls):
        self._unbound, self._dispatch = unbound, unbound.dispatcher.dispatch
        self._obj, self._cls = obj, cls
        for name in ('__module__', '__doc__'):
            value = getattr(unbound.func, name, _UNSET)
            if value is not _UNSET:
                setattr(self, name, value)

    def __repr__(self):
        name = _display_name(self._unbound.func)
        if self._obj is None:
            return f'<single dispatch method {name}>'
        return f'<bound single dispatch method {name} of {self._obj!r}>'

    def __call__(self, /, *args, **kwargs):
        if not args:
            name = getattr(self._unbound.func, '__name__', 'singledispatchmethod method')
            raise TypeError(f'{name} requires at least 1 positional argument')
        impl = self._dispatch(args[0].__class__)
        return impl.__get__(self._obj, self._cls)(*args, **kwargs)

    def __getattr__(self, name):
        # A few of the function's own attributes show through; no others.
        if name in ('__name__', '__qualname__', '__annotations__', '__type_params__', '__isabstractmethod__'):
            return getattr(self._unbound.func, name)
        raise AttributeError(name=name, obj=self)

    __wrapped__ = property(lambda self: self._unbound.func)
    register = property(lambda self: self._unbound.register)


# ---- cached_property ----------------------------------------------------------

class cached_property:
    def __init__(self, func):
        # attrname is known once the owning class is made (__set_name__)
        self.func, self.attrname = func, None
        self.__doc__, self.__module__ = func.__doc__, func.__module__

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is not None and known != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({known!r} and {name!r}).')
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} instance to cache "
                            f'{name!r} property.') from None
        value = store.get(name, _UNSET)
        if value is _UNSET:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance does not "
                                f'support item assignment for caching {name!r} property.') from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
