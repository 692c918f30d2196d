"""This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple.

* namedtuple   factory function for creating tuple subclasses with named fields
* deque        list-like container with fast appends and pops on either end
* ChainMap     dict-like class for creating a single view of multiple mappings
* Counter      dict subclass for counting hashable objects
* OrderedDict  dict subclass that remembers the order entries were added
* defaultdict  dict subclass that calls a factory function to supply missing values
* UserDict     wrapper around dictionary objects for easier dict subclassing
* UserList     wrapper around list objects for easier list subclassing
* UserString   wrapper around string objects for easier string subclassing

"""

__all__ = ('ChainMap Counter OrderedDict UserDict UserList UserString '
           'defaultdict deque namedtuple').split()

import sys as _sys
import _collections_abc
from abc import update_abstractmethods as _update_abstractmethods
from _collections_abc import Mapping as _Mapping
from _collections import deque, defaultdict, OrderedDict
from _collections import _tuplegetter, _namedtuple_new, _count_elements
import itertools as _itertools

# collections.abc is _collections_abc itself, as in CPython.
_sys.modules['collections.abc'] = abc = _collections_abc
_collections_abc.MutableSequence.register(deque)


# The hard keywords of the language; soft ones (match, case, type, _) are
# valid field names.
_RESERVED = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
))


def _bad_word(name):
    """The complaint about `name` as any identifier, or None."""
    if not name.isidentifier():
        return 'Type names and field names must be valid identifiers: %r' % name
    if name in _RESERVED:
        return 'Type names and field names cannot be a keyword: %r' % name
    return None


def _bad_field(name, taken, renamed=False):
    """The complaint about `name` as a field name after the names in
    `taken`, or None.  Renamed fields ('_<index>') may start with '_'."""
    if name.startswith('_') and not renamed:
        return 'Field names cannot start with an underscore: %r' % name
    if name in taken:
        return 'Encountered duplicate field name: %r' % name
    return None


def _nt_fields(typename, field_names, rename):
    """The checked tuple of field names; with rename, each bad one becomes
    '_<its index>' instead of raising ValueError."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(f) for f in field_names]
    taken = set()
    if rename:
        for i, name in enumerate(names):
            if _bad_word(name) or _bad_field(name, taken):
                names[i] = '_%d' % i
            taken.add(names[i])
        taken.clear()
    complaints = [_bad_word(n) for n in [typename] + names]
    for name in names:
        complaints.append(_bad_field(name, taken, rename))
        taken.add(name)
    for complaint in complaints:
        if complaint:
            raise ValueError(complaint)
    return tuple(names)


def _nt_methods(typename, fields):
    """The methods every namedtuple class gets, as a dict."""
    count = len(fields)
    make_tuple = tuple.__new__

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, old) for name, old in zip(fields, self)]
        if kwds:
            raise TypeError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __repr__(self):
        shown = ', '.join(['%s=%r' % pair for pair in zip(fields, self)])
        return f'{type(self).__name__}({shown})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    for fn in (_make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = f'{typename}.{fn.__name__}'
    return {'_make': classmethod(_make), '__replace__': _replace, '_replace': _replace,
            '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__}


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)

    """
    typename = _sys.intern(str(typename))
    fields = _nt_fields(typename, field_names, rename)
    # written like the tuple of names: a single field keeps its comma
    signature = ', '.join(fields) + (',' if len(fields) == 1 else '')
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    else:
        field_defaults = {}

    # __new__ is built by _collections as `lambda _cls, <fields>: ...`, in a
    # namespace of its own with no builtins.
    new = _namedtuple_new(fields, {'_tuple_new': tuple.__new__, '__builtins__': {},
                                   '__name__': f'namedtuple_{typename}'})
    new.__name__ = '__new__'
    new.__qualname__ = f'{typename}.__new__'
    new.__doc__ = f'Create new instance of {typename}({signature})'
    if defaults is not None:
        new.__defaults__ = defaults

    body = {'__doc__': f'{typename}({signature})', '__slots__': (), '_fields': fields,
            '_field_defaults': field_defaults, '__new__': new}
    body.update(_nt_methods(typename, fields))
    body['__match_args__'] = fields
    for position, name in enumerate(fields):
        body[name] = _tuplegetter(position, f'Alias for field number {position}')
    cls = type(typename, (tuple,), body)

    if module is None:
        try:
            module = _sys._getframemodulename(1) or '__main__'
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


########################################################################
# Counter: a dict of counts.  Binary operators build a plain Counter from
# the keys of both operands (left operand's first) and keep what is
# positive; the in-place ones update self and then drop what is not.
########################################################################

def _union_keys(left, right):
    """The keys of `left`, then those of `right` it lacks."""
    yield from left
    for key in right:
        if key not in left:
            yield key


def _combine(left, right, rule):
    if not isinstance(right, Counter):
        return NotImplemented
    out = Counter()
    for key in _union_keys(left, right):
        count = rule(left[key], right[key])
        if count > 0:
            out[key] = count
    return out


def _larger(mine, theirs):
    return theirs if mine < theirs else mine


def _smaller(mine, theirs):
    return mine if mine < theirs else theirs


def _counts_agree(left, right, test):
    """Whether test(left[k], right[k]) holds for every key of either one
    (NotImplemented unless right is a Counter)."""
    if not isinstance(right, Counter):
        return NotImplemented
    return all(test(left[key], right[key]) for key in _union_keys(left, right))


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string

    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    >>> sorted(c)                       # list all unique elements
    ['a', 'b', 'c', 'd', 'e']
    >>> ''.join(sorted(c.elements()))   # list elements with repetitions
    'aaaaabbbbcccdde'
    >>> sum(c.values())                 # total of all counts
    15

    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.

        '''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.

        '''
        # sorted() is stable: equal counts keep their insertion order
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.

        Note, if an element's count has been set to zero or is a negative
        number, elements() will ignore it.

        '''
        # each key repeated count times, lazily, as one itertools.chain
        return _itertools.chain.from_iterable(map(_itertools.repeat, self.keys(), self.values()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _apply(self, source, sign):
        """Add (sign 1) or subtract (sign -1) the counts of a mapping, or
        one per element of an iterable."""
        if isinstance(source, _Mapping):
            if sign > 0 and not self:
                dict.update(self, source)   # nothing to add to: a plain copy
                return
            pairs = source.items()
        elif sign > 0:
            _count_elements(self, source)
            return
        else:
            pairs = ((key, 1) for key in source)
        lookup = self.get
        for key, count in pairs:
            have = lookup(key, 0)
            self[key] = have + count if sign > 0 else have - count

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.

        '''
        if iterable is not None:
            self._apply(iterable, 1)
        if kwds:
            self._apply(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.

        '''
        if iterable is not None:
            self._apply(iterable, -1)
        if kwds:
            self._apply(kwds, -1)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = ', '.join(['%r: %r' % pair for pair in self.most_common()])
        except TypeError:
            # counts that do not order: show them as the dict has them
            return f'{name}({dict(self)!r})'
        return f'{name}({{{shown}}})'

    # Comparisons count a missing element as zero.
    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        return _counts_agree(self, other, lambda a, b: a == b)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        return _counts_agree(self, other, lambda a, b: a <= b)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        sub = self.__le__(other)
        return sub if sub is NotImplemented else sub and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        return _counts_agree(self, other, lambda a, b: a >= b)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        sup = self.__ge__(other)
        return sup if sup is NotImplemented else sup and self != other

    def __add__(self, other):
        'Add counts from two counters.'
        return _combine(self, other, lambda a, b: a + b)

    def __sub__(self, other):
        'Subtract count, but keep only results with positive counts.'
        return _combine(self, other, lambda a, b: a - b)

    def __or__(self, other):
        'Union is the maximum of value in either of the input counters.'
        return _combine(self, other, _larger)

    def __and__(self, other):
        'Intersection is the minimum of corresponding counts.'
        if not isinstance(other, Counter):
            return NotImplemented
        # a key missing from self counts 0 there, so only self's keys can stay
        out = Counter()
        for key, count in self.items():
            least = _smaller(count, other[key])
            if least > 0:
                out[key] = least
        return out

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        out = Counter()
        for key, count in self.items():
            if count > 0:
                out[key] = count
        return out

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.

        '''
        out = Counter()
        for key, count in self.items():
            if count < 0:
                out[key] = 0 - count
        return out

    def _prune(self):
        """Delete the elements whose count is not positive; returns self."""
        for key in [key for key, count in self.items() if not count > 0]:
            del self[key]
        return self

    def __iadd__(self, other):
        'Inplace add from another counter, keeping only positive counts.'
        for key, count in other.items():
            self[key] += count
        return self._prune()

    def __isub__(self, other):
        'Inplace subtract counter, but keep only results with positive counts.'
        for key, count in other.items():
            self[key] -= count
        return self._prune()

    def __ior__(self, other):
        'Inplace union is the maximum of value from either counter.'
        for key, theirs in other.items():
            if theirs > self[key]:
                self[key] = theirs
        return self._prune()

    def __iand__(self, other):
        'Inplace intersection is the minimum of corresponding counts.'
        for key, mine in self.items():
            theirs = other[key]
            if theirs < mine:
                self[key] = theirs
        return self._prune()


########################################################################
# ChainMap: one mutable view of several mappings.  Lookups search them
# in order; every change goes to the first one.
########################################################################

_MutableMapping = _collections_abc.MutableMapping


def _first_only(what, key=None):
    """The KeyError a ChainMap raises when its first mapping lacks `key`."""
    if what == 'key':
        return KeyError(f'Key not found in the first mapping: {key!r}')
    return KeyError('No keys found in the first mapping.')


class ChainMap(_MutableMapping):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.

    '''

    # ids of the ChainMaps whose repr is being built (a map containing
    # itself shows as ...)
    _in_repr = set()

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.

        '''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # asked, not tested with `in`: a layer may answer keys it does not
        # contain (a defaultdict does)
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # the order of a dict updated from the last layer to the first
        merged = {}
        for layer in self.maps[::-1]:
            merged.update(dict.fromkeys(layer))
        return iter(merged)

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        me = id(self)
        if me in ChainMap._in_repr:
            return '...'
        ChainMap._in_repr.add(me)
        try:
            return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))
        finally:
            ChainMap._in_repr.discard(me)

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a new ChainMap with keys from iterable and values set to value.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        head, *rest = self.maps
        return self.__class__(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _first_only('key', key) from None

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError if maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise _first_only('item') from None

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise _first_only('key', key) from None

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for layer in self.maps[::-1]:
            merged.update(layer)
        return self.__class__(merged)


########################################################################
# UserDict, UserList, UserString: the built-in containers wrapped in an
# object whose `data` attribute holds the real one, for subclassing.
########################################################################

def _unwrapped(obj, wrapper):
    """obj's data when it is a wrapper instance, else obj."""
    return obj.data if isinstance(obj, wrapper) else obj


def _shallow_copy(self, copy_data):
    """A new instance of self's class sharing its attributes, with
    copy_data(self.data) as its data; __init__ is not called."""
    twin = self.__class__.__new__(self.__class__)
    twin.__dict__.update(self.__dict__)
    twin.__dict__['data'] = copy_data(self.__dict__['data'])
    return twin


def _forward(name):
    """A wrapper method that calls `name` on the wrapped object."""
    def method(self, *args, **kwargs):
        return getattr(self.data, name)(*args, **kwargs)
    method.__name__ = name
    return method


def _through(convert, name):
    """A wrapper method returning convert(the wrapped object)."""
    def method(self):
        return convert(self.data)
    method.__name__ = name
    return method


def _repeat(self, n):
    """self * n: a new instance with the wrapped object repeated."""
    return self.__class__(self.data * n)


def _install(cls, methods):
    """Add methods to cls, then recompute which of its methods are still
    abstract (its ABC computed that when the class body was done)."""
    for method in methods:
        method.__qualname__ = f'{cls.__name__}.{method.__name__}'
        setattr(cls, method.__name__, method)
    _update_abstractmethods(cls)


class UserDict(_MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        self.update(kwargs)     # nothing to do when there are none

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(self.data | _unwrapped(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return self.__class__(_unwrapped(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrapped(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_copy(self, dict.copy)

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # a subclass: a copy of the object with empty data, then filled
        # through its own __setitem__
        kept = self.data
        self.data = {}
        try:
            twin = self.__copy__()
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        # always a list of our own, even when given one
        if initlist is None:
            self.data = []
        else:
            self.data = list(_unwrapped(initlist, UserList))

    # comparisons and + see through another UserList to its list
    def __lt__(self, other):
        return self.data < _unwrapped(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrapped(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrapped(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrapped(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrapped(other, UserList)

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def _as_list(self, other):
        other = _unwrapped(other, UserList)
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, list.copy)

    def copy(self):
        return self.__class__(self)

    def extend(self, other):
        self.data.extend(_unwrapped(other, UserList))


_install(UserDict, [_forward(name) for name in
                    ('__len__', '__iter__', '__contains__', '__setitem__', '__delitem__')]
         + [_through(repr, '__repr__')])
_install(UserList, [_forward(name) for name in
                    ('__contains__', '__len__', '__setitem__', '__delitem__', 'append', 'insert',
                     'pop', 'remove', 'clear', 'count', 'index', 'reverse', 'sort')]
         + [_through(repr, '__repr__')])
UserList.__mul__ = UserList.__rmul__ = _repeat


def _str_method(name, rewrap, see_through=False):
    """A UserString method calling str's `name` on the data.  rewrap: the
    result becomes an instance of the caller's class; see_through: a
    UserString argument counts as its str."""
    target = getattr(str, name)

    def method(self, *args, **kwargs):
        if see_through:
            args = [_unwrapped(arg, UserString) for arg in args]
        result = target(self.data, *args, **kwargs)
        return self.__class__(result) if rewrap else result
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    method.__doc__ = target.__doc__
    return method


class UserString(_collections_abc.Sequence):

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrapped(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrapped(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrapped(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrapped(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrapped(string, UserString)

    def __contains__(self, char):
        return _unwrapped(char, UserString) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = _unwrapped(other, UserString)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans


# The rest of UserString's methods, by what they do with str's answer.
for _name in ('capitalize casefold center expandtabs ljust lower lstrip rjust rstrip '
              'strip swapcase title translate upper zfill').split():
    setattr(UserString, _name, _str_method(_name, True))
for _name in 'replace removeprefix removesuffix'.split():
    setattr(UserString, _name, _str_method(_name, True, see_through=True))
for _name in 'count find index rfind rindex'.split():
    setattr(UserString, _name, _str_method(_name, False, see_through=True))
for _name in ('endswith startswith format format_map join partition rpartition split rsplit '
              'splitlines isalpha isalnum isascii isdecimal isdigit isidentifier islower '
              'isnumeric isprintable isspace istitle isupper').split():
    setattr(UserString, _name, _str_method(_name, False))
del _name
_install(UserString, [_through(convert, name) for convert, name in (
    (str, '__str__'), (repr, '__repr__'), (int, '__int__'), (float, '__float__'),
    (complex, '__complex__'), (hash, '__hash__'), (len, '__len__'))])
UserString.__mul__ = UserString.__rmul__ = _repeat
