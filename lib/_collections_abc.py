"""Abstract Base Classes (ABCs) for collections, according to PEP 3119.

Unit tests are in test_collections.
"""

# This module is also collections.abc (collections puts it in sys.modules
# under that name), so its classes say they come from there.
__name__ = 'collections.abc'

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)

__all__ = """Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator
    Hashable Iterable Iterator Generator Reversible Sized Container Callable
    Collection Set MutableSet Mapping MutableMapping MappingView KeysView
    ItemsView ValuesView Sequence MutableSequence ByteString Buffer""".split()


def _check_methods(klass, *names):
    """True when every name is defined somewhere on klass's MRO and the
    nearest definition is not None (None blocks a protocol); otherwise
    NotImplemented, so the ordinary subclass rules decide."""
    for name in names:
        owner = next((base for base in klass.__mro__ if name in base.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _protocol(*names):
    """A __subclasshook__ recognising the classes that define `names`.  It
    answers only for the ABC whose body defines it, not for subclasses of
    that ABC (they inherit it but may require more)."""
    def __subclasshook__(cls, C):
        if cls.__dict__.get('__subclasshook__') is hook:
            return _check_methods(C, *names)
        return NotImplemented
    hook = classmethod(__subclasshook__)
    return hook


# The built-in types registered at the end, named after sample objects.
def _sample_types():
    def plain():
        yield

    async def native():
        pass

    async def asynchronous():
        yield

    coro = native()
    found = {
        'bytes_iterator': iter(b''), 'bytearray_iterator': iter(bytearray()),
        'dict_keyiterator': iter({}), 'dict_valueiterator': iter({}.values()),
        'dict_itemiterator': iter({}.items()), 'list_iterator': iter([]),
        'list_reverseiterator': reversed([]), 'range_iterator': iter(range(0)),
        'longrange_iterator': iter(range(2 ** 1000)), 'set_iterator': iter(set()),
        'str_iterator': iter(''), 'tuple_iterator': iter(()), 'zip_iterator': zip(),
        'dict_keys': {}.keys(), 'dict_values': {}.values(), 'dict_items': {}.items(),
        'mappingproxy': type.__dict__,
        'generator': plain(), 'coroutine': coro, 'async_generator': asynchronous(),
    }
    coro.close()
    kinds = {name: type(obj) for name, obj in found.items()}
    # (a FrameLocalsProxy kept in `found` would hold this frame: a cycle)
    kinds['framelocalsproxy'] = type(sys._getframe().f_locals)
    return kinds


globals().update(_sample_types())
del _sample_types


def _raise_thrown(typ, val, tb):
    """Raise what throw(typ[, val[, tb]]) describes."""
    if val is None and tb is None:
        raise typ
    error = typ() if val is None else val
    raise error if tb is None else error.with_traceback(tb)


def _close_by_throwing(self, complaint):
    """close() of the generator-like ABCs: throw GeneratorExit in and
    insist that it comes back out (or that the thing just stops)."""
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(complaint)


def _abc(name, bases, hook, *members, generic=False):
    """An ABC with no instance state.  members are functions: those marked
    with abstractmethod are what a concrete subclass must define, the
    others are mixins.  hook names the methods that make a class a
    virtual subclass (None: no hook of its own)."""
    body = {'__module__': __name__, '__qualname__': name, '__slots__': ()}
    for member in members:
        member.__qualname__ = f'{name}.{member.__name__}'
        body[member.__name__] = member
    if hook is not None:
        body['__subclasshook__'] = _protocol(*hook)
    if generic:
        body['__class_getitem__'] = classmethod(GenericAlias)
    return ABCMeta(name, bases, body)


# What the abstract methods do when a subclass calls them through super():
# report "nothing here".

@abstractmethod
def __hash__(self):
    return 0


@abstractmethod
def __await__(self):
    yield


def _send_and_throw(what):
    """Fresh abstract send() and throw() for a generator-like ABC."""
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    send.__doc__ = f"Send a value into the {what}.\nReturn next yielded value or raise StopIteration.\n"
    throw.__doc__ = f"Raise an exception in the {what}.\nReturn next yielded value or raise StopIteration.\n"
    return send, throw


def _coroutine_close(self):
    """Raise GeneratorExit inside coroutine.
    """
    _close_by_throwing(self, "coroutine ignored GeneratorExit")


def _generator_close(self):
    """Raise GeneratorExit inside generator.
    """
    _close_by_throwing(self, "generator ignored GeneratorExit")


_coroutine_close.__name__ = _generator_close.__name__ = 'close'


@abstractmethod
def __aiter__(self):
    return AsyncIterator()


@abstractmethod
async def __anext__(self):
    """Return the next item or raise StopAsyncIteration when exhausted."""
    raise StopAsyncIteration


def _self_aiter(self):
    return self


def _self_iter(self):
    return self


_self_aiter.__name__ = '__aiter__'
_self_iter.__name__ = '__iter__'


async def _anext_by_asend(self):
    """Return the next item from the asynchronous generator.
    When exhausted, raise StopAsyncIteration.
    """
    return await self.asend(None)


_anext_by_asend.__name__ = '__anext__'


@abstractmethod
async def asend(self, value):
    """Send a value into the asynchronous generator.
    Return next yielded value or raise StopAsyncIteration.
    """
    raise StopAsyncIteration


@abstractmethod
async def athrow(self, typ, val=None, tb=None):
    """Raise an exception in the asynchronous generator.
    Return next yielded value or raise StopAsyncIteration.
    """
    _raise_thrown(typ, val, tb)


async def aclose(self):
    """Raise GeneratorExit inside generator.
    """
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        return
    raise RuntimeError("asynchronous generator ignored GeneratorExit")


@abstractmethod
def __iter__(self):
    return iter(())


@abstractmethod
def __next__(self):
    'Return the next item from the iterator. When exhausted, raise StopIteration'
    raise StopIteration


def _next_by_send(self):
    """Return the next item from the generator.
    When exhausted, raise StopIteration.
    """
    return self.send(None)


_next_by_send.__name__ = '__next__'


@abstractmethod
def __reversed__(self):
    return iter(())


@abstractmethod
def __len__(self):
    return 0


@abstractmethod
def __contains__(self, x):
    return False


@abstractmethod
def __buffer__(self, flags: int, /) -> memoryview:
    raise NotImplementedError


Hashable = _abc('Hashable', (), ['__hash__'], __hash__)
Awaitable = _abc('Awaitable', (), ['__await__'], __await__, generic=True)
Coroutine = _abc('Coroutine', (Awaitable,), ['__await__', 'send', 'throw', 'close'],
                 *_send_and_throw('coroutine'), _coroutine_close)
AsyncIterable = _abc('AsyncIterable', (), ['__aiter__'], __aiter__, generic=True)
AsyncIterator = _abc('AsyncIterator', (AsyncIterable,), ['__anext__', '__aiter__'],
                     __anext__, _self_aiter)
AsyncGenerator = _abc('AsyncGenerator', (AsyncIterator,),
                      ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose'],
                      _anext_by_asend, asend, athrow, aclose)
Iterable = _abc('Iterable', (), ['__iter__'], __iter__, generic=True)
Iterator = _abc('Iterator', (Iterable,), ['__iter__', '__next__'], __next__, _self_iter)
Reversible = _abc('Reversible', (Iterable,), ['__reversed__', '__iter__'], __reversed__)
Generator = _abc('Generator', (Iterator,), ['__iter__', '__next__', 'send', 'throw', 'close'],
                 _next_by_send, *_send_and_throw('generator'), _generator_close)
Sized = _abc('Sized', (), ['__len__'], __len__)
Container = _abc('Container', (), ['__contains__'], __contains__, generic=True)
Collection = _abc('Collection', (Sized, Iterable, Container), ['__len__', '__iter__', '__contains__'])
Buffer = _abc('Buffer', (), ['__buffer__'], __buffer__)
del (__hash__, __await__, __aiter__, __anext__, asend, athrow, aclose, __iter__,
     __next__, __reversed__, __len__, __contains__, __buffer__)


### Callable, with its own kind of alias: Callable[[A, B], R] ###

def _show_type(obj):
    """How a parameter of Callable[...] appears in the alias's repr."""
    if obj is ...:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _is_param_expr(obj):
    """Whether obj may stand for the whole argument list: ..., a
    ParamSpec or a Concatenate."""
    if obj is ...:
        return True
    if isinstance(obj, list):
        return False
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


class _CallableGenericAlias(GenericAlias):
    """ Represent `Callable[argtypes, resulttype]`.

    This sets ``__args__`` to a tuple containing the flattened ``argtypes``
    followed by ``resulttype``.

    Example: ``Callable[[int, str], float]`` sets ``__args__`` to
    ``(int, str, float)``.
    """

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, list):
            flat = (*params, result)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and _is_param_expr(params[0]):
            shown = _show_type(params[0])
        else:
            shown = '[%s]' % ', '.join(map(_show_type, params))
        return f'{_show_type(self.__origin__)}[{shown}, {_show_type(result)}]'

    def __getitem__(self, item):
        # a substitution gives this class again, its arguments regrouped
        # (a ParamSpec replaced by a tuple of types becomes a list)
        *params, result = super().__getitem__(item).__args__
        if len(params) == 1 and isinstance(params[0], tuple):
            params = list(params[0])
        elif not (len(params) == 1 and _is_param_expr(params[0])):
            params = list(params)
        else:
            params = params[0]
        return _CallableGenericAlias(Callable, (params, result))

    def __reduce__(self):
        *params, result = self.__args__
        if not (len(params) == 1 and _is_param_expr(params[0])):
            params = list(params)
        return _CallableGenericAlias, (Callable, (params, result))


class Callable(metaclass=ABCMeta):

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _protocol('__call__')
    __class_getitem__ = classmethod(_CallableGenericAlias)

    __slots__ = ()


### Sets ###

class Set(Collection):
    """A set is a finite, iterable container.

    This class provides concrete generic implementations of all
    methods except for __contains__, __iter__ and __len__.

    To override the comparisons (presumably for speed, as the
    semantics are fixed), redefine __le__ and __ge__,
    then the other operations will automatically follow suit.
    """


    # The comparisons are generated below, after the class: each one checks
    # the sizes first, then containment through __le__ or __ge__.

    @classmethod
    def _from_iterable(cls, it):
        '''Construct an instance of the class from any iterable input.

        Must override this method if the class constructor signature
        does not accept an iterable for an input.
        '''
        return cls(it)

    def isdisjoint(self, other):
        'Return True if two sets have a null intersection.'
        return not any(item in self for item in other)

    # &, |, - and ^ (and their reflections) are generated below too.

    def _hash(self):
        """Compute the hash value of a set.

        Note that we don't define __hash__: not all sets are hashable.
        But if you define a hashable set type, its __hash__ should
        call this function.

        This must be compatible __eq__.

        All sets ought to compare equal if they contain the same
        elements, regardless of how they are implemented, and
        regardless of the order of the elements; so there's not much
        freedom for __eq__ or __hash__.  We match the algorithm used
        by the built-in frozenset type.
        """
        # frozenset's own hash of the same elements: the same value, and
        # equal for equal sets whatever their order
        return hash(frozenset(self))

    __hash__ = None

    __slots__ = ()





def _set_comparison(size_test, then):
    """A comparison of Set: size_test on the two lengths, then (when given)
    the named containment method, __le__ or __ge__."""
    def compare(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if not size_test(len(self), len(other)):
            return False
        if then is None:
            big, small = (self, other) if size_test is _at_least else (other, self)
            return all(item in big for item in small)
        return getattr(self, then)(other)
    return compare


def _at_least(m, n):
    return m >= n


def _at_most(m, n):
    return m <= n


def _as_set(self, other):
    """other as something `in` works on quickly, or None when it is not
    iterable at all."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


def _set_and(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    return self._from_iterable(item for item in other if item in self)


def _set_or(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    return self._from_iterable(item for group in (self, other) for item in group)


def _set_sub(self, other):
    other = _as_set(self, other)
    if other is None:
        return NotImplemented
    return self._from_iterable(item for item in self if item not in other)


def _set_rsub(self, other):
    other = _as_set(self, other)
    if other is None:
        return NotImplemented
    return self._from_iterable(item for item in other if item not in self)


def _set_xor(self, other):
    other = _as_set(self, other)
    if other is None:
        return NotImplemented
    return _set_sub(self, other) | _set_rsub(self, other)


for _name, _method in {
        '__le__': _set_comparison(_at_most, None),
        '__ge__': _set_comparison(_at_least, None),
        '__lt__': _set_comparison(lambda m, n: m < n, '__le__'),
        '__gt__': _set_comparison(lambda m, n: m > n, '__ge__'),
        '__eq__': _set_comparison(lambda m, n: m == n, '__le__'),
        '__and__': _set_and, '__rand__': _set_and, '__or__': _set_or, '__ror__': _set_or,
        '__sub__': _set_sub, '__rsub__': _set_rsub, '__xor__': _set_xor, '__rxor__': _set_xor}.items():
    setattr(Set, _name, _method)
del _name, _method

def _abstract_raising(name, error):
    """An abstract method that only raises error (what a subclass reaches
    through super() when nothing below defines the method)."""
    def method(self, *args):
        raise error
    method.__name__ = name
    return abstractmethod(method)


# "No such key" from _lookup.
_ABSENT = object()


def _lookup(mapping, key):
    """mapping[key], or _ABSENT when that raises KeyError."""
    try:
        return mapping[key]
    except KeyError:
        return _ABSENT


class MutableSet(Set):
    """A mutable set is a finite, iterable container.

    This class provides concrete generic implementations of all
    methods except for __contains__, __iter__, __len__,
    add(), and discard().

    To override the comparisons (presumably for speed, as the
    semantics are fixed), all you have to do is redefine __le__ and
    then the other operations will automatically follow suit.
    """

    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        while self:
            self.pop()

    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value in self:
            return self.discard(value)
        raise KeyError(value)

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in _as_set(self, it):
            (self.discard if value in self else self.add)(value)
        return self

    add = _abstract_raising('add', NotImplementedError)
    discard = _abstract_raising('discard', NotImplementedError)
    add.__doc__ = """Add an element."""
    discard.__doc__ = """Remove an element.  Do not raise an exception if absent."""
    __slots__ = ()


### Mappings ###

class Mapping(Collection):
    """A Mapping is a generic container for associating key/value
    pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __iter__, and __len__.
    """

    # keys(), items() and values() are set after the views are defined.

    def __contains__(self, key):
        return _lookup(self, key) is not _ABSENT

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        found = _lookup(self, key)
        return default if found is _ABSENT else found

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __getitem__ = _abstract_raising('__getitem__', KeyError)
    __reversed__ = None
    __hash__ = None
    # the class-pattern flag of mappings (match statements)
    __abc_tpflags__ = 1 << 6
    __slots__ = ()


class MappingView(Sized):

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    def __len__(self):
        return len(self._mapping)

    def __init__(self, mapping):
        self._mapping = mapping

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ('_mapping',)


def _to_set(cls, it):
    return set(it)


class KeysView(MappingView, Set):

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping

    # results of the set operators are plain sets
    _from_iterable = classmethod(_to_set)
    __slots__ = ()


class ItemsView(MappingView, Set):

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield key, source[key]

    def __contains__(self, item):
        key, value = item
        found = _lookup(self._mapping, key)
        return found is not _ABSENT and (found is value or found == value)

    _from_iterable = classmethod(_to_set)
    __slots__ = ()


class ValuesView(MappingView, Collection):

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]

    def __contains__(self, value):
        return any(found is value or found == value for found in self)

    __slots__ = ()


def _view_method(name, view, doc):
    def method(self):
        return view(self)
    method.__name__ = name
    method.__qualname__ = 'Mapping.' + name
    method.__doc__ = doc
    return method


Mapping.keys = _view_method('keys', KeysView, "D.keys() -> a set-like object providing a view on D's keys")
Mapping.items = _view_method('items', ItemsView, "D.items() -> a set-like object providing a view on D's items")
Mapping.values = _view_method('values', ValuesView, "D.values() -> an object providing a view on D's values")


class MutableMapping(Mapping):
    """A MutableMapping is a generic container for associating
    key/value pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __setitem__, __delitem__,
    __iter__, and __len__.
    """

    def update(self, other=(), /, **kwds):
        '''D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.
        If E present and has a .keys() method, does:
            for k in E.keys(): D[k] = E[k]
        If E present and lacks .keys() method, does:
            for (k, v) in E: D[k] = v
        In either case, this is followed by:
            for k, v in F.items(): D[k] = v
        '''
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, 'keys'):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for source in (pairs, kwds.items()):
            for key, value in source:
                self[key] = value

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        found = _lookup(self, key)
        if found is _ABSENT:
            self[key] = found = default
        return found

    def pop(self, key, default=_ABSENT):
        '''D.pop(k[,d]) -> v, remove specified key and return the corresponding
        value.  If key is not found, d is returned if given, otherwise
        KeyError is raised.
        '''
        if default is _ABSENT:
            value = self[key]           # its KeyError is the caller's
        else:
            value = _lookup(self, key)
            if value is _ABSENT:
                return default
        del self[key]
        return value

    def popitem(self):
        '''D.popitem() -> (k, v), remove and return some (key, value) pair
        as a 2-tuple; but raise KeyError if D is empty.
        '''
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    __setitem__ = _abstract_raising('__setitem__', KeyError)
    __delitem__ = _abstract_raising('__delitem__', KeyError)
    __slots__ = ()


### Sequences ###

class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence.

    Concrete subclasses must override __new__ or __init__,
    __getitem__, and __len__.
    """

    def __iter__(self):
        # indexes until IndexError, so a length is not needed
        position = 0
        try:
            while True:
                yield self[position]
                position += 1
        except IndexError:
            return

    def __reversed__(self):
        for position in reversed(range(len(self))):
            yield self[position]

    def __contains__(self, value):
        return any(item is value or item == value for item in self)

    def count(self, value):
        'S.count(value) -> integer -- return number of occurrences of value'
        return sum(1 for item in self if item is value or item == value)

    def index(self, value, start=0, stop=None):
        '''S.index(value, [start, [stop]]) -> integer -- return first index of
        value.  Raises ValueError if the value is not present.

        Supporting start and stop arguments is optional, but
        recommended.
        '''
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    __getitem__ = _abstract_raising('__getitem__', IndexError)
    # the class-pattern flag of sequences (match statements)
    __abc_tpflags__ = 1 << 5
    __slots__ = ()


class MutableSequence(Sequence):
    """All the operations on a read-write sequence.

    Concrete subclasses must provide __new__ or __init__,
    __getitem__, __setitem__, __delitem__, __len__, and insert().
    """

    def append(self, value):
        'S.append(value) -- append value to the end of the sequence'
        self.insert(len(self), value)

    def extend(self, values):
        '''S.extend(iterable) -- extend sequence by appending elements from the
        iterable'''
        for item in (list(values) if values is self else values):
            self.append(item)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        '''S.pop([index]) -> item -- remove and return item at index (default
        last).  Raise IndexError if list is empty or index is out of range.
        '''
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        '''S.remove(value) -- remove first occurrence of value.
        Raise ValueError if the value is not present.
        '''
        del self[self.index(value)]

    def clear(self):
        'S.clear() -> None -- remove all items from S'
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        'S.reverse() -- reverse *IN PLACE*'
        size = len(self)
        for low in range(size // 2):
            high = size - 1 - low
            self[low], self[high] = self[high], self[low]

    __setitem__ = _abstract_raising('__setitem__', IndexError)
    __delitem__ = _abstract_raising('__delitem__', IndexError)
    insert = _abstract_raising('insert', IndexError)
    insert.__doc__ = 'S.insert(index, value) -- insert value before index'
    __slots__ = ()


class _DeprecateByteStringMeta(ABCMeta):
    # ByteString is deprecated: subclassing it or checking against it warns.
    def __new__(cls, name, bases, namespace, **kwargs):
        if name != "ByteString":
            _warn_bytestring()
        return super().__new__(cls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        _warn_bytestring()
        return super().__instancecheck__(instance)


def _warn_bytestring():
    import warnings
    warnings.warn("'collections.abc.ByteString' is deprecated and slated for removal in Python 3.17",
                  DeprecationWarning, stacklevel=3)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """Deprecated ABC serving as a common supertype of ``bytes`` and ``bytearray``.

    This ABC is scheduled for removal in Python 3.17.
    Use ``isinstance(obj, collections.abc.Buffer)`` to test if ``obj``
    implements the buffer protocol at runtime. For use in type annotations,
    either use ``Buffer`` or a union that explicitly specifies the types your
    code supports (e.g., ``bytes | bytearray | memoryview``).
    """

    __slots__ = ()





### The built-in types each ABC claims ###

_BUILTIN_MEMBERS = {
    Iterator: (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
               dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
               longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator),
    Reversible: (dict_keys, dict_values, dict_items),
    Generator: (generator,), Coroutine: (coroutine,), AsyncGenerator: (async_generator,),
    Set: (frozenset,), MutableSet: (set,),
    Mapping: (mappingproxy, framelocalsproxy), MutableMapping: (dict,),
    KeysView: (dict_keys,), ItemsView: (dict_items,), ValuesView: (dict_values,),
    Sequence: (tuple, str, bytes, range) + tuple(
        kind for kind in [getattr(sys.modules['builtins'], 'memoryview', None)] if kind),
    ByteString: (bytes, bytearray), MutableSequence: (list, bytearray),
    # CPython's bytes and bytearray define __buffer__; ours are listed here
    Buffer: (bytes, bytearray),
}
for _abc_class, _kinds in _BUILTIN_MEMBERS.items():
    for _kind in _kinds:
        _abc_class.register(_kind)
del _BUILTIN_MEMBERS, _abc_class, _kinds, _kind
