"""Support for enumerations: named constants grouped in a class.

The design in short: a class body runs in an EnumDict, which sorts each
assignment into "member candidate" or "ordinary attribute" as it happens
(resolving auto() on the spot).  EnumType.__new__ then builds the class from
the ordinary attributes and turns every candidate into an instance, one by
one, through _Builder, which also knows about aliases and Flag bits.
"""

import sys
import builtins as _bi

__all__ = [
    'EnumType', 'EnumMeta', 'EnumDict',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# Set once the base classes exist; until then the metaclass builds them.
Enum = Flag = ReprEnum = None

# Sunder names a class body may define; any other _x_ is refused.
_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_missing_', '_ignore_',
    '_numeric_repr_', '_add_alias_', '_add_value_alias_', '_iter_member_',
    '_iter_member_by_value_', '_iter_member_by_def_', '_new_member_',
    '_value_repr_', '_repr_', '_simple_', '_use_args_', '_member_type_',
    '_value_', '_name_', '_sort_order_', '_boundary_', '_flag_mask_',
    '_singles_mask_', '_all_bits_', '_inverted_', '_unhashable_values_',
))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_class_private(class_name, name):
    prefix = '_' + class_name.lstrip('_') + '__'
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    kind = type(obj)
    return (hasattr(kind, '__get__') or hasattr(kind, '__set__')
            or hasattr(kind, '__delete__'))


def _power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def _bits_of(n):
    """The single-bit values set in the non-negative int n, lowest first."""
    while n:
        low = n & -n
        yield low
        n ^= low


def bin(num, max_bits=None):
    """
    Like built-in bin(), except negative values are represented in
    twos-compliment, and the leading bit always indicates sign
    (0=positive, 1=negative).

    >>> bin(10)
    '0b0 1010'
    >>> bin(~10)   # ~10 is -11
    '0b1 0101'
    """
    if num >= 0:
        sign, digits = '0', format(num, 'b') if num else ''
        fill = '0'
    else:
        # two's complement on one bit more than the magnitude needs,
        # whose leading 1 is the sign shown apart
        width = num.bit_length() + 1
        sign, digits = '1', format(num & ((1 << width) - 1), 'b')[1:]
        fill = '1'
    if max_bits is not None:
        digits = digits.rjust(max_bits, fill)
    return '0b%s %s' % (sign, digits)


def show_flag_values(value):
    return list(_bits_of(value))


class nonmember(object):
    """
    Protects item from becoming an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


class member(object):
    """
    Forces item to become an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


class property(_bi.property):
    """
    This is a descriptor, used to define attributes that act differently
    when accessed through an enum member and through an enum class.
    Instance access is the same as property(), but access to an attribute
    through the enum class will instead look in the class' _member_map_ for
    a corresponding enum member.
    """

    def __set_name__(self, owner, name):
        self._attr = name

    def __get__(self, instance, owner=None):
        name = getattr(self, '_attr', None)
        if instance is None:
            found = owner.__dict__.get('_member_map_', {}).get(name)
            if found is None:
                raise AttributeError('%r has no attribute %r' % (owner, name))
            return found
        if self.fget is not None:
            return self.fget(instance)
        try:
            return instance.__dict__[name]
        except KeyError:
            raise AttributeError('%r object has no attribute %r'
                                 % (type(instance).__name__, name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('%r cannot set attribute %r'
                                 % (_owner_of(self, instance), self._attr))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('%r cannot delete attribute %r'
                                 % (_owner_of(self, instance), self._attr))
        self.fdel(instance)


def _owner_of(prop, instance):
    """The class in instance's mro whose namespace defines prop."""
    for klass in type(instance).__mro__:
        if klass.__dict__.get(prop._attr) is prop:
            return klass
    return type(instance)


class auto:
    """
    Instances are replaced with an appropriate value in Enum class suites.
    """
    _NOT_SET = type('_AutoNull', (), {'__repr__': lambda s: '_auto_null'})()

    def __init__(self, value=_NOT_SET):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_NO_VALUE = auto._NOT_SET


class EnumDict(dict):
    """
    Track enum member order and ensure member names are not reused.

    EnumType will use the names found in self._member_names as the
    enumeration member names.
    """

    def __init__(self, cls_name=None):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}      # name -> value, in definition order
        self._last_values = []
        self._ignored = []
        self._auto_seen = False
        self._next_value = None      # set by __prepare__ from the bases

    @_bi.property
    def member_names(self):
        return list(self._member_names)

    def update(self, other=(), **more):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in more.items():
            self[key] = value

    def __setitem__(self, key, value):
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if self._takes_as_attribute(key, value):
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError('%r already defined as %r'
                            % (key, self._member_names[key]))
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, member):
            value = value.value
        value, remembered = self._resolve_auto(key, value)
        self._member_names[key] = value
        self._last_values.append(remembered)
        dict.__setitem__(self, key, value)

    def _takes_as_attribute(self, key, value):
        """True when key = value is an ordinary class attribute.

        Raises for names an enum class may not use.
        """
        if _is_sunder(key):
            return self._check_sunder(key, value)
        if _is_dunder(key):
            return True
        if key in self._member_names:
            raise TypeError('%r already defined as %r'
                            % (key, self._member_names[key]))
        if key in self._ignored:
            return True
        if isinstance(value, member):
            return False
        if _is_descriptor(value) or self._defined_inside(value):
            return True
        if self._cls_name is not None and _is_class_private(self._cls_name, key):
            return True
        return False

    def _defined_inside(self, value):
        """True for a class written in this class body (not a member)."""
        if not isinstance(value, type):
            return False
        outer = self.get('__qualname__', self._cls_name)
        return getattr(value, '__qualname__', '').startswith('%s.' % outer)

    def _check_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS and not key.startswith('_repr_'):
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_seen:
                raise TypeError('_generate_next_value_ must be defined '
                                'before members')
            self._next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) \
                else list(value)
            taken = set(names) & set(self._member_names)
            if taken:
                raise ValueError('_ignore_ cannot specify already set names: '
                                 '%r' % (taken,))
            self._ignored = names
        return True

    def _resolve_auto(self, key, value):
        """Replace auto() markers; return (value, what _last_values gets)."""
        if isinstance(value, auto):
            value = self._auto_value(key, value)
            return value, value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            made = [self._auto_value(key, v) if isinstance(v, auto) else None
                    for v in value]
            first = next(m for m, v in zip(made, value) if isinstance(v, auto))
            return tuple(m if isinstance(v, auto) else v
                         for m, v in zip(made, value)), first
        return value, value

    def _auto_value(self, key, marker):
        self._auto_seen = True
        if marker.value is _NO_VALUE:
            marker.value = self._next_value(
                key, 1, len(self._member_names), self._last_values[:])
        return marker.value


class _Builder:
    """Turns the member candidates of one class body into members."""

    def __init__(self, enum_class):
        self.cls = enum_class
        self.member_type = enum_class._member_type_
        self.new = enum_class._new_member_
        self.use_args = enum_class._use_args_

    @staticmethod
    def pick_new(own_new, member_type, first_enum):
        """Return (the __new__ making members, whether it takes the value).

        A __new__ written in the class body wins, then one written in an
        enum base; otherwise the data type's (object's for a pure enum).
        """
        if own_new is not None:
            return own_new, True
        if first_enum is not None:
            inherited = first_enum._new_member_
            plain = (object.__new__, first_enum._member_type_.__new__)
            if not any(inherited == p for p in plain):
                return inherited, True
        if member_type is object:
            return object.__new__, False
        return member_type.__new__, True

    def make(self, name, value):
        cls = self.cls
        if self.member_type is tuple or not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if self.use_args:
            obj = self.new(cls, *args)
        else:
            obj = self.new(cls)
        if not hasattr(obj, '_value_'):
            if self.member_type is object:
                obj._value_ = value
            else:
                try:
                    obj._value_ = self.member_type(*args)
                except Exception as exc:
                    err = TypeError('_value_ not set in __new__, unable to '
                                    'create it')
                    err.__cause__ = exc
                    raise err
        obj._name_ = name
        obj.__objclass__ = cls
        obj._sort_order_ = len(cls._member_names_)
        obj.__init__(*args)
        return obj

    def add(self, name, value):
        cls = self.cls
        obj = self.make(name, value)
        existing = cls._find_member(obj._value_)
        if existing is not None and not cls._is_flag_class():
            obj = existing
        elif cls._is_flag_class() and not cls._is_single_bit(obj._value_):
            if existing is not None:
                obj = existing
            # a named combination (or zero): reachable, but not iterated
        else:
            if existing is not None:
                obj = existing
            else:
                cls._member_names_.append(name)
        cls._bind(name, obj)


# type.__new__ calls __init_subclass__ before an enum's members exist, so
# the enum's hooks wait for the end.  A class is known by the identity of its
# _member_map_, which exists before the class does.
_UNFINISHED = set()


def _after_members(hook):
    """Wrap an enum body's __init_subclass__ to run once members exist."""
    func = getattr(hook, '__func__', hook)

    def __init_subclass__(cls, **kwds):
        if id(cls.__dict__.get('_member_map_')) in _UNFINISHED:
            return
        func(cls, **kwds)
    __init_subclass__.__qualname__ = func.__qualname__
    __init_subclass__.__doc__ = func.__doc__
    return classmethod(__init_subclass__)


class EnumType(type):
    """
    Metaclass for Enum
    """

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = EnumDict(cls)
        first = metacls._enum_base(bases)
        if first is not None:
            namespace._next_value = getattr(first, '_generate_next_value_')
            namespace._next_value = getattr(namespace._next_value, '__func__',
                                            namespace._next_value)
        return namespace

    @staticmethod
    def _enum_base(bases):
        # the enum base comes last (_check_bases insists on it later)
        if bases and isinstance(bases[-1], EnumType):
            return bases[-1]
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType):
                    return klass
        return None

    @staticmethod
    def _check_bases(cls_name, bases):
        """Return (member_type, first_enum) for a new enum class."""
        if not bases:
            return object, None
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] '
                            'enum_type)`')
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r'
                                % (cls_name, base))
        return EnumType._data_type(cls_name, bases), last

    @staticmethod
    def _data_type(cls_name, bases):
        found = []
        for chain in bases:
            # a plain mixin counts only if it, or a class it derives
            # from, makes its instances with its own __new__
            nearest = data = None
            for klass in chain.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass._member_type_ is not object:
                        data = klass._member_type_
                        break
                    continue
                nearest = nearest or klass
                if '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                    data = nearest
                    break
            if data is not None and data not in found:
                found.append(data)
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (cls_name, set(found)))
        return found[0] if found else object

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        if not isinstance(classdict, EnumDict):
            fresh = EnumDict(cls)
            fresh.update(classdict)
            classdict = fresh
        candidates = dict(classdict._member_names)
        member_type, first_enum = metacls._check_bases(cls, bases)
        bad = [n for n in candidates if n == 'mro' or n == '']
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % ', '.join(repr(n) for n in bad))
        order = classdict.pop('_order_', None)
        classdict.pop('__order__', None)
        namespace = {k: v for k, v in classdict.items() if k not in candidates}
        namespace.pop('_ignore_', None)
        for name in classdict._ignored:
            namespace.pop(name, None)
        # Enum's own __new__ is the lookup by value; any later one makes members.
        own_new = None
        if '__new__' in namespace and Enum is not None:
            own_new = namespace.pop('__new__')
        namespace['_new_member_'], namespace['_use_args_'] = \
            _Builder.pick_new(own_new, member_type, first_enum)
        namespace.setdefault('_value_repr_', None if member_type is object
                                     else member_type.__repr__)
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_hashable_values_'] = []
        namespace['_unhashable_values_map_'] = {}
        if ('_generate_next_value_' not in namespace
                and classdict._next_value is not None):
            namespace['_generate_next_value_'] = staticmethod(
                classdict._next_value)
        namespace['_member_type_'] = member_type
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, '_boundary_', None)
        if boundary is not None:
            namespace['_boundary_'] = boundary
        if '__reduce_ex__' not in namespace and member_type is not object:
            if not metacls._picklable(member_type):
                namespace['__reduce_ex__'] = _unpicklable
        if '__init_subclass__' in namespace:
            namespace['__init_subclass__'] = _after_members(
                namespace['__init_subclass__'])
        marker = id(namespace['_member_map_'])
        _UNFINISHED.add(marker)
        try:
            enum_class = type.__new__(metacls, cls, bases, namespace, **kwds)
            metacls._fill(metacls, enum_class, candidates, order)
        finally:
            _UNFINISHED.discard(marker)
        super(enum_class, enum_class).__init_subclass__(**kwds)
        return enum_class

    @staticmethod
    def _fill(metacls, enum_class, candidates, order):
        member_type = enum_class._member_type_
        metacls._settle_repr(enum_class, member_type)
        builder = _Builder(enum_class)
        for name, value in candidates.items():
            builder.add(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._settle_flag_masks()
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))

    @staticmethod
    def _picklable(member_type):
        return any(k in member_type.__dict__ for k in
                   ('__reduce_ex__', '__reduce__', '__getnewargs_ex__',
                    '__getnewargs__')) or member_type.__module__ == 'builtins'

    @staticmethod
    def _settle_repr(enum_class, member_type):
        """Give a mixed-in enum the enum's repr(), str() and format().

        The data type precedes Enum in the mro, so its methods would win;
        the nearest enum class defining each one is copied in instead.
        Below ReprEnum, str() and format() stay the data type's.
        """
        if member_type is object:
            return
        for dunder in ('__repr__', '__str__', '__format__'):
            if dunder in enum_class.__dict__:
                continue
            source = None
            for klass in enum_class.__mro__[1:]:
                if isinstance(klass, EnumType) and dunder in klass.__dict__:
                    source = klass
                    break
            if source is None:
                continue
            method = source.__dict__[dunder]
            if (dunder != '__repr__' and ReprEnum is not None
                    and issubclass(enum_class, ReprEnum)
                    and not issubclass(source, ReprEnum)):
                method = getattr(member_type, dunder)
                if method is object.__str__:
                    # int and float print through their repr()
                    method = member_type.__repr__
            type.__setattr__(enum_class, dunder, method)

    def _find_member(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for obj in cls._member_map_.values():
                if obj._value_ == value:
                    return obj
            return None

    def _is_flag_class(cls):
        return Flag is not None and issubclass(cls, Flag)

    def _is_single_bit(cls, value):
        return isinstance(value, int) and _power_of_two(value)

    def _bind(cls, name, obj):
        """Record obj under name and expose it as a class attribute."""
        cls._member_map_[name] = obj
        value = obj._value_
        try:
            if value not in cls._value2member_map_:
                cls._value2member_map_[value] = obj
                cls._hashable_values_.append(value)
        except TypeError:
            cls._unhashable_values_.append(value)
            cls._unhashable_values_map_.setdefault(obj._name_, []).append(value)
        for klass in cls.__mro__[1:]:
            if name in klass.__dict__:
                if _is_descriptor(klass.__dict__[name]):
                    return  # enum.property finds it in _member_map_
                break
        type.__setattr__(cls, name, obj)

    def __call__(cls, value, names=_NO_VALUE, *values, module=None,
                 qualname=None, type=None, start=1, boundary=None):
        if names is _NO_VALUE:
            if cls._member_map_ or value is _NO_VALUE:
                return Enum.__new__(cls, value)
            raise TypeError('%r has no members; specify `names=()` if you '
                            'meant to create a new, empty, enum' % (cls,))
        if cls._member_map_:
            return Enum.__new__(cls, (value, names) + values)
        return cls._functional(value, names, module=module,
                               qualname=qualname, type=type, start=start,
                               boundary=boundary)

    def _functional(cls, class_name, names, *, module=None, qualname=None,
                    type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        namespace = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        names = list(names.items()) if hasattr(names, 'items') else list(names)
        if names and isinstance(names[0], str):
            count = 0
            pairs = []
            earlier = []
            for name in names:
                val = namespace._next_value(name, start, count, earlier[:])
                earlier.append(val)
                pairs.append((name, val))
                count += 1
            names = pairs
        for name, val in names:
            namespace[name] = val
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return cls.__class__.__new__(cls.__class__, class_name, bases,
                                     namespace, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        if cls._is_flag_class() and isinstance(value, int):
            return value & cls._flag_mask_ == value
        if cls._find_member(value) is not None:
            return True
        return value in cls._unhashable_values_

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, name))
        type.__delattr__(cls, name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def __dir__(cls):
        # the protocol an enum class offers, its members, and for a mixed-in
        # enum all its data type offers; methods written in the body are left out
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        elif '__new__' in cls.__dict__ or cls._use_args_:
            names.add('__new__')
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_bi.property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)


EnumMeta = EnumType
_MappingProxy = type(type.__dict__)


def _unpicklable(self, proto):
    raise TypeError('%r cannot be pickled' % (self,))


class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by:

    - attribute access:

      >>> Color.RED
      <Color.RED: 1>

    - value lookup:

      >>> Color(1)
      <Color.RED: 1>

    - name lookup:

      >>> Color['RED']
      <Color.RED: 1>

    Enumerations can be iterated over, and know how many members they have:

    >>> len(Color)
    3

    >>> list(Color)
    [<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]

    Methods can be added to enumerations, and members can have their own
    attributes -- see the documentation for details.
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = cls._find_member(value)
        if found is not None:
            return found
        try:
            result = cls._missing_(value)
        except Exception as exc:
            failure = exc
            result = None
        else:
            failure = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None \
                and cls._boundary_ is EJECT:
            return result
        complaint = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if failure is None:
            if result is None:
                raise complaint
            failure = TypeError(
                'error in %s._missing_: returned %r instead of None or a '
                'valid member' % (cls.__name__, result))
        if not isinstance(failure, ValueError):
            failure.__context__ = complaint
        try:
            raise failure
        finally:
            del failure, complaint

    def __init__(self, *args, **kwds):
        pass

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """
        Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the list of values assigned
        """
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            ordered = sorted(last_values)
            newest = ordered[-1]
        except TypeError:
            pass
        try:
            return newest + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (newest,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = self._show_value()
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, shown)

    def _show_value(self):
        custom = getattr(type(self), '_value_repr_', None)
        if custom is not None:
            return custom(self._value_)
        data = type(self)._member_type_
        if data is object:
            return repr(self._value_)
        return data.__repr__(self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        if type(self)._member_type_ is not object:
            # a member that is also an int (str, ...) shows everything it has
            names = set(self.__dict__)
            for klass in type(self).__mro__:
                names.update(klass.__dict__)
            names.add('__class__')
            return sorted(names)
        # otherwise: the public names of the enum's own classes and of the
        # member, never the other members
        cls = type(self)
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value'}
        for klass in cls.__mro__:
            if klass in (object, Enum, ReprEnum):
                continue
            names.update(n for n in klass.__dict__
                         if n[0] != '_' and n not in cls._member_map_)
        names.update(n for n in self.__dict__ if n[0] != '_')
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def _add_alias_(self, name):
        cls = type(self)
        if name in cls._member_map_:
            if cls._member_map_[name] is not self:
                raise NameError('%r is already bound: %r'
                                % (name, cls._member_map_[name]))
            return
        cls._bind(name, self)

    def _add_value_alias_(self, value):
        cls = type(self)
        present = cls._find_member(value)
        if present is not None:
            if present is not self:
                raise ValueError('%r is already bound: %r' % (value, present))
            return
        try:
            cls._value2member_map_[value] = self
        except TypeError:
            cls._unhashable_values_.append(value)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """
    Only changes the repr(), leaving str() and format() to the mixed-in type.
    """


class IntEnum(int, ReprEnum):
    """
    Enum where members are also (and must be) ints
    """


class StrEnum(str, ReprEnum):
    """
    Enum where members are also (and must be) strings
    """

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """
        Return the lower-cased version of the member name.
        """
        return name.lower()



class FlagBoundary(StrEnum):
    """
    control how out of range values are handled
    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """
    Support for flags
    """

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """
        Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the last value assigned or None
        """
        if not count:
            return start if start is not None else 1
        top = max(last_values)   # mixed kinds fail here, as comparisons do
        if not isinstance(top, int):
            raise TypeError('invalid flag value %r' % (top,))
        return 1 << top.bit_length()

    @classmethod
    def _settle_flag_masks(cls):
        mask = singles = 0
        for obj in cls._member_map_.values():
            if isinstance(obj._value_, int):
                mask |= obj._value_
        for name in cls._member_names_:
            singles |= cls._member_map_[name]._value_
        cls._flag_mask_ = mask
        cls._singles_mask_ = singles
        cls._all_bits_ = (1 << mask.bit_length()) - 1
        cls._inverted_ = None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask, every = cls._flag_mask_, cls._all_bits_
        given = value & every if value < 0 else value
        outside = given & ~mask
        if outside:
            boundary = cls._boundary_
            if boundary is STRICT or boundary is None:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width),
                                    bin(mask, width)))
            if boundary is CONFORM:
                given &= mask
            elif boundary is EJECT:
                return value
        return cls._pseudo_member(given)

    @classmethod
    def _pseudo_member(cls, value):
        """The cached member standing for value, made on first use."""
        found = cls._value2member_map_.get(value)
        if found is not None:
            return found
        if cls._member_type_ is object:
            obj = object.__new__(cls)
        else:
            obj = cls._member_type_.__new__(cls, value)
        obj._value_ = value
        obj._name_ = cls._compose_name(value)
        obj._sort_order_ = None
        return cls._value2member_map_.setdefault(value, obj)

    @classmethod
    def _compose_name(cls, value):
        known = value & cls._flag_mask_
        extra = value & ~cls._flag_mask_
        if not known:
            return None
        if extra:
            parts = []
            seen = []
            for name, obj in cls._member_map_.items():
                bits = obj._value_
                if bits and bits & value == bits and obj not in seen:
                    seen.append(obj)
                    parts.append(name)
            parts.append(cls._numeric_repr_(extra))
        else:
            parts = [m._name_ for m in cls._decompose(value)]
        return '|'.join(parts)

    @classmethod
    def _decompose(cls, value):
        return [cls._member_map_[n] for n in cls._member_names_
                if cls._member_map_[n]._value_ & value]

    def __iter__(self):
        return iter(type(self)._decompose(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__,
                               type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        shown = self._show_value()
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, shown)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    # (named as CPython's, whose name and parameter show in the TypeError of
    # a class-level call such as F.__or__(F.A))
    def _get_value(self, flag):
        if isinstance(flag, type(self)):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return None

    def __or__(self, other):
        bits = self._get_value(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._get_value(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._get_value(other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ ^ bits)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        boundary = cls._boundary_
        if boundary is EJECT:
            return cls(~self._value_)
        if boundary is KEEP:
            return cls(cls._all_bits_ & ~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """
    Support for integer-based Flags
    """

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """
    Class decorator for enumerations ensuring unique member values.
    """
    doubles = [(name, obj._name_)
               for name, obj in enumeration.__members__.items()
               if name != obj._name_]
    if doubles:
        listed = ', '.join('%s -> %s' % pair for pair in doubles)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, listed))
    return enumeration


class EnumCheck(StrEnum):
    """
    various conditions to check an enumeration for
    """
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if not isinstance(enumeration, EnumType):
            raise TypeError("the 'verify' decorator only works with Enum "
                            "and Flag")
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    doubles = [(name, obj._name_)
               for name, obj in enumeration.__members__.items()
               if name != obj._name_]
    if doubles:
        listed = ', '.join('%s -> %s' % pair for pair in doubles)
        raise ValueError('aliases found in %r: %s' % (enumeration, listed))


def _verify_continuous(enumeration, kind):
    values = set(m._value_ for m in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        wanted = set(1 << b for b in range(low.bit_length() - 1,
                                           high.bit_length()))
    else:
        wanted = set(range(low, high + 1))
    gaps = sorted(wanted - values)
    if gaps:
        raise ValueError('invalid %s %r: missing values %s'
                         % (kind, enumeration.__name__,
                            ', '.join(str(g) for g in gaps)))


def _verify_named_flags(enumeration):
    single = enumeration._singles_mask_
    bad = []
    missing = 0
    for name, obj in enumeration._member_map_.items():
        if name in enumeration._member_names_:
            continue
        value = obj._value_
        if not isinstance(value, int) or value <= 0:
            continue
        unnamed = value & ~single
        if unnamed:
            bad.append(name)
            missing |= unnamed
    if not bad:
        return
    if len(bad) == 1:
        who = 'alias %s is' % bad[0]
    else:
        who = 'aliases %s and %s are' % (', '.join(bad[:-1]), bad[-1])
    what = 'value' if _power_of_two(missing) else 'combined values of'
    raise ValueError('invalid Flag %r: %s missing %s %#x [use '
                     'enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what, missing))


def _module_tail(cls):
    return cls.__module__.split('.')[-1]


def global_enum_repr(self):
    """
    use module.enum_name instead of class.enum_name

    the module is the last module in case of a multi-module name
    """
    return '%s.%s' % (_module_tail(type(self)), self._name_)


def global_flag_repr(self):
    """
    use module.flag_name instead of class.flag_name

    the module is the last module in case of a multi-module name
    """
    cls = type(self)
    module = _module_tail(cls)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls.__name__, self._value_)
    names = self._name_.split('|')
    shown = ['%s.%s' % (module, n) if not n[:1].isdigit() else n
             for n in names]
    return '|'.join(shown)


def global_str(self):
    """
    use enum_name instead of class.enum_name
    """
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """
    decorator that makes the repr() of an enum member reference its module
    instead of its class; also exports all members to the enum's module's
    global namespace
    """
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self.name)


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """
    Class decorator that converts a normal class into an :class:`Enum`.  No
    safety checks are done, and some advanced behavior (such as
    :func:`__init_subclass__`) is not available.  Enum creation can be faster
    using :func:`_simple_enum`.

        >>> from enum import Enum, _simple_enum
        >>> @_simple_enum(Enum)
        ... class Color:
        ...     RED = auto()
        ...     GREEN = auto()
        ...     BLUE = auto()
        >>> Color
        <enum 'Color'>
    """
    def rebuild(plain):
        # Rerun the plain class's namespace through an enum class body.
        body = type(etype).__prepare__(plain.__name__, (etype,))
        for key, value in plain.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            body[key] = value
        if body.get('__doc__') is None:
            dict.__setitem__(body, '__doc__', 'An enumeration.')
        return type(etype)(plain.__name__, (etype,), body, boundary=boundary)
    return rebuild


def _convert_(cls, name, module, filter, source=None, *, boundary=None,
              as_global=False):
    """
    Create a new Enum subclass that replaces a collection of global constants
    """
    home = sys.modules[module]
    found = (source if source is not None else home).__dict__ \
        if not isinstance(source, dict) else source
    pairs = sorted(((key, value) for key, value in found.items()
                    if filter(key)), key=lambda kv: (kv[1], kv[0]))
    body = type(cls).__prepare__(name, (cls,))
    for key, value in pairs:
        body[key] = value
    dict.__setitem__(body, '__module__', module)
    dict.__setitem__(body, '__doc__', 'An enumeration.')
    if as_global:
        dict.__setitem__(body, '__reduce_ex__', pickle_by_global_name)
    made = type(cls)(name, (cls,), body, boundary=boundary)
    if as_global:
        global_enum(made)
    else:
        home.__dict__.update(made.__members__)
    home.__dict__[name] = made
    return made


EnumType._convert_ = _convert_
del _convert_
