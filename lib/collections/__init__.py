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

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
import _collections_abc
from _collections_abc import Mapping as _Mapping
from _collections import deque, defaultdict, OrderedDict
from _collections import _tuplegetter, _namedtuple_new, _count_elements

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
        return (key for key, count in self.items() for _ in range(count))

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
