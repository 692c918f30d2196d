"""Generate special methods for classes that mainly hold data.

cipy has no compiler, so the methods a dataclass gets are closures over
a description of the class's fields, not functions compiled from source.
__init__ gets the class's real parameter list from a copy of a template's
code object (see _function_with_params).
"""

import sys
import _weakref

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# The sentinels' class names are visible (their reprs), so they are CPython's.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    """The kind of a pseudo-field: a real field, a ClassVar or an InitVar."""

    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_mappingproxy = type(type.__dict__)
_GenericAlias = type(list[int])


class _HAS_DEFAULT_FACTORY_CLASS:
    """Stands in __init__'s defaults for a field made by its factory."""

    def __repr__(self):
        return '<factory>'


_FACTORY_MARK = _HAS_DEFAULT_FACTORY_CLASS()
_NO_METADATA = _mappingproxy({})


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type
        if isinstance(shown, type):
            shown = shown.__name__
        else:
            shown = repr(shown)
        return 'dataclasses.InitVar[' + shown + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only', 'doc',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None or len(metadata) == 0:
            self.metadata = _NO_METADATA
        else:
            self.metadata = _mappingproxy(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        shown = ('name', 'type', 'default', 'default_factory', 'init',
                 'repr', 'hash', 'compare', 'metadata', 'kw_only', 'doc',
                 '_field_type')
        return 'Field(' + ','.join(
            '%s=%r' % (key, getattr(self, key)) for key in shown) + ')'

    __class_getitem__ = classmethod(_GenericAlias)

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING, doc=None):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().  doc is an optional docstring for this field.

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only, doc)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return '_DataclassParams(' + ','.join(
            '%s=%r' % (key, getattr(self, key))
            for key in self.__slots__) + ')'


# ---------------------------------------------------------------------------
# A real parameter list for a generated __init__.
#
# Without a compiler, a function with the parameters of one particular class
# is made by copying the code object below with code.replace(): new variable
# names and argument counts, and in place of its two string constants a weak
# reference to the body that does the work and the locals() built-in.  Once
# replaced, the code calls body(locals()), and locals() of a frame that has
# done nothing else yet is a dict of its arguments.  The call itself is
# checked by the interpreter, as for any Python function, so its errors are
# the usual ones, and signature(), __code__.co_varnames and help() see the
# real parameters.  The function holds the body strongly in its closure (a
# free variable the code never reads), where the cycle collector sees it: a
# code object's constants are invisible to it.

def _init_template(self):
    ('__dataclass_body__',)[0]()(('__dataclass_locals__',)[0]())


def _cell_holding(value):
    return (lambda: value).__closure__[0]


def _function_with_params(body, name, positional, keyword_only, globals):
    code = _init_template.__code__
    swap = {'__dataclass_body__': _weakref.ref(body),
            '__dataclass_locals__': locals}
    names = tuple(positional) + tuple(keyword_only)
    code = code.replace(
        co_consts=tuple(swap.get(c, c) if type(c) is str else c
                        for c in code.co_consts),
        co_argcount=len(positional), co_kwonlyargcount=len(keyword_only),
        co_nlocals=len(names), co_varnames=names,
        co_freevars=('__dataclass_init_body__',), co_name=name,
        co_qualname=name, co_filename='<string>')
    return type(_init_template)(code, globals, name, None,
                                (_cell_holding(body),))


def _method(cls, name, func, annotations=None):
    func.__name__ = name
    func.__qualname__ = cls.__qualname__ + '.' + name
    func.__module__ = cls.__module__
    func.__annotations__ = {} if annotations is None else annotations
    return func


def _install(cls, name, func):
    """Set a generated method unless the class defines its own; says whether
    the class had one."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, func)
    return False


# ---------------------------------------------------------------------------
# The generated methods.

def _init_method(cls, all_fields, frozen, has_post_init):
    takes = [f for f in all_fields if f._field_type is not _FIELD_CLASSVAR]
    params = [f for f in takes if f.init]
    by_position = [f for f in params if not f.kw_only]
    by_keyword = [f for f in params if f.kw_only]
    seen_default = None
    for f in by_position:
        has_default = (f.default is not MISSING
                       or f.default_factory is not MISSING)
        if has_default:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument '%s' follows default "
                            "argument '%s'" % (f.name, seen_default.name))
    optional = {f.name for f in params
                if f.default is not MISSING or f.default_factory is not MISSING}
    # A field may be called 'self'; the instance's parameter then yields.
    self_name = 'self'
    if any(f.name == 'self' for f in takes):
        self_name = '__dataclass_self__'
    initvars = [f.name for f in takes if f._field_type is _FIELD_INITVAR]
    store = object.__setattr__ if frozen else setattr

    def body(given):
        self = given[self_name]
        for f in takes:
            name = f.name
            if f.init:
                value = given[name]
                if value is _FACTORY_MARK:
                    value = f.default_factory()
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if f._field_type is _FIELD:
                store(self, name, value)
            else:
                given[name] = value
        if has_post_init:
            self.__post_init__(*[given.get(n, MISSING) for n in initvars])

    def shown_default(f):
        if f.default_factory is not MISSING:
            return _FACTORY_MARK
        return f.default
    defaults = tuple(shown_default(f) for f in by_position
                     if f.name in optional)
    module = sys.modules.get(cls.__module__)
    __init__ = _function_with_params(
        body, '__init__', [self_name] + [f.name for f in by_position],
        [f.name for f in by_keyword],
        module.__dict__ if module is not None else {})
    __init__.__defaults__ = defaults or None
    kwdefaults = {f.name: shown_default(f) for f in by_keyword
                  if f.name in optional}
    __init__.__kwdefaults__ = kwdefaults or None
    __init__ = _method(cls, '__init__', __init__)
    __init__.__annotate__ = _init_annotate(cls, [f.name for f in params])
    return __init__


def _repr_method(cls, shown):
    busy = set()

    def text(self):
        parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in shown]
        return '%s(%s)' % (type(self).__qualname__, ', '.join(parts))

    def __repr__(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return text(self)
        finally:
            busy.discard(key)

    # As in CPython, the method wraps the unguarded one and names it as
    # CPython's generated code does; pprint tells a generated __repr__
    # from a class's own by this.
    text.__name__ = '__repr__'
    text.__qualname__ = '__create_fn__.<locals>.__repr__'
    text.__module__ = cls.__module__
    __repr__.__wrapped__ = text
    return _method(cls, '__repr__', __repr__)


def _eq_method(cls, compared):
    names = [f.name for f in compared]

    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        for name in names:
            if not (getattr(self, name) == getattr(other, name)):
                return False
        return True
    return _method(cls, '__eq__', __eq__)


def _order_method(cls, name, compared, test):
    names = [f.name for f in compared]

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = tuple([getattr(self, n) for n in names])
        theirs = tuple([getattr(other, n) for n in names])
        return test(mine, theirs)
    return _method(cls, name, compare)


_ORDERINGS = (
    ('__lt__', lambda a, b: a < b),
    ('__le__', lambda a, b: a <= b),
    ('__gt__', lambda a, b: a > b),
    ('__ge__', lambda a, b: a >= b),
)


def _hash_method(cls, hashed):
    names = [f.name for f in hashed]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return _method(cls, '__hash__', __hash__)


def _frozen_methods(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        super(cls, self).__delattr__(name)
    return (_method(cls, '__setattr__', __setattr__),
            _method(cls, '__delattr__', __delattr__))


def _replace(self, /, **changes):
    # Every dataclass shares this one __replace__; its name is CPython's.
    return _rebuild(self, changes)


# ---------------------------------------------------------------------------
# Reading a class's annotations into fields.

def _module_space(cls):
    """The globals of the module a class was made in ({} if unknown): string
    annotations are read there."""
    home = sys.modules.get(cls.__module__)
    return getattr(home, '__dict__', None) or {}


def _string_names(space, annotation, module, target):
    """Whether a string annotation 'X[...]' or 'm.X[...]' names target: X
    looked up in the namespace space, or m there naming module."""
    head = annotation.split('[', 1)[0]
    prefix, dot, last = head.rpartition('.')
    prefix, last = prefix.strip(), last.strip()
    if not last.isidentifier() or (dot and not prefix.isidentifier()):
        return False
    if dot:
        return (space.get(prefix) is module
                and getattr(module, last, None) is target)
    return space.get(last) is target


def _is_classvar(space, annotation):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    special = getattr(typing, 'ClassVar', None)
    if isinstance(annotation, str):
        return _string_names(space, annotation, typing, special)
    return (annotation is special
            or getattr(annotation, '__origin__', None) is special)


def _is_initvar(space, annotation):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    if isinstance(annotation, str):
        return _string_names(space, annotation, sys.modules[__name__], InitVar)
    return False


def _is_kw_only_marker(space, annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and _string_names(
        space, annotation, sys.modules[__name__], KW_ONLY)


def _own_annotations(cls):
    # names not yet defined become ForwardRefs: fields may name later classes
    import annotationlib
    return annotationlib.get_annotations(cls, format=annotationlib.Format.FORWARDREF)


def _init_annotate(cls, names):
    """__init__'s __annotate__: its parameters' annotations read from the
    class and its bases in the format asked for, as for a def."""
    __class__ = cls  # a cell the slotted copy of the class is put in

    def __annotate__(format, /):
        import annotationlib
        if format not in (1, 3, 4):  # VALUE, FORWARDREF, STRING
            raise NotImplementedError(format)
        merged = {}
        for base in reversed(__class__.__mro__):
            merged.update(annotationlib.get_annotations(base, format=format))
        found = {name: merged[name] for name in names if name in merged}
        found['return'] = 'None' if format == 4 else None
        return found
    __annotate__.__generated_by_dataclasses__ = True
    __annotate__.__qualname__ = f'{cls.__qualname__}.__init__.__annotate__'
    return __annotate__


class _Slotted:
    __slots__ = ('probe',)


# The type of a slot's descriptor: a class attribute of that type is a slot
# the class declared, not a default.
_member_descriptor = type(_Slotted.__dict__['probe'])


def _make_field(cls, name, annotation, kw_only, space):
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, _member_descriptor):
            value = MISSING  # a slot of the class, not a default
        f = field(default=value)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(space, annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(space, annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    if (f._field_type is _FIELD and f.default is not MISSING
            and type(f.default).__hash__ is None):
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), name))
    return f


def _collect_fields(cls, kw_only, space):
    """Fields of the bases (furthest first), then the class's own; returns
    them and whether any base is a dataclass, frozen or not."""
    found = {}
    frozen_bases = set()
    for base in cls.__mro__[-1:0:-1]:
        inherited = base.__dict__.get('__dataclass_fields__')
        if inherited is not None:
            frozen_bases.add(base.__dict__['__dataclass_params__'].frozen)
            for f in inherited.values():
                found[f.name] = f
    annotations = _own_annotations(cls)
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(space, annotation):
            if marker_seen:
                raise TypeError("'%s' is KW_ONLY, but KW_ONLY has already "
                                "been specified" % name)
            marker_seen = True
            kw_only = True
            continue
        found[name] = _make_field(cls, name, annotation, kw_only, space)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    for name in annotations:
        f = found.get(name)
        if f is None or not isinstance(cls.__dict__.get(name), Field):
            continue
        if f.default is MISSING:
            delattr(cls, name)
        else:
            setattr(cls, name, f.default)
    return found, frozen_bases


# ---------------------------------------------------------------------------
# The decorator.

def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _signature_doc(cls, all_fields):
    """The docstring CPython gives a dataclass without one: its name and the
    parameters of __init__."""
    params = [f for f in all_fields
              if f._field_type is not _FIELD_CLASSVAR and f.init]
    parts = []
    star_done = False
    for f in sorted(params, key=lambda f: bool(f.kw_only)):
        if f.kw_only and not star_done:
            parts.append('*')
            star_done = True
        text = f.name + ': ' + _annotation_text(f.type)
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = ' + repr(f.default)
        parts.append(text)
    return cls.__name__ + '(' + ', '.join(parts) + ')'


def _add_hash(cls, params, explicit_hash, real):
    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if params.unsafe_hash:
        if explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        cls.__hash__ = _hash_method(cls, hashed)
    elif params.eq and not explicit_hash:
        if params.frozen:
            cls.__hash__ = _hash_method(cls, hashed)
        else:
            cls.__hash__ = None


def _process(cls, params):
    space = _module_space(cls)
    all_fields, frozen_bases = _collect_fields(cls, params.kw_only, space)
    if True in frozen_bases and not params.frozen:
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    if False in frozen_bases and params.frozen:
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = params
    ordered = list(all_fields.values())
    real = [f for f in ordered if f._field_type is _FIELD]
    compared = [f for f in real if f.compare]

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (
        own_hash is None and '__eq__' in cls.__dict__)

    if params.init:
        _install(cls, '__init__', _init_method(
            cls, ordered, params.frozen, hasattr(cls, '__post_init__')))
    if params.repr:
        _install(cls, '__repr__',
                 _repr_method(cls, [f for f in real if f.repr]))
    if params.eq:
        _install(cls, '__eq__', _eq_method(cls, compared))
    if params.order:
        for name, test in _ORDERINGS:
            if _install(cls, name, _order_method(cls, name, compared, test)):
                raise TypeError('Cannot overwrite attribute %s in class %s '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
    if params.frozen:
        for method in _frozen_methods(cls, [f.name for f in real]):
            if _install(cls, method.__name__, method):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (method.__name__, cls.__name__))
    _add_hash(cls, params, explicit_hash, real)
    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, ordered)
    if params.match_args:
        _install(cls, '__match_args__', tuple(
            f.name for f in ordered
            if f._field_type is not _FIELD_CLASSVAR and f.init
            and not f.kw_only))
    _install(cls, '__replace__', _replace)
    if params.weakref_slot and not params.slots:
        raise TypeError('weakref_slot is True but slots is False')
    if params.slots:
        cls = _with_slots(cls, real, params)
    try:
        import abc
    except ImportError:
        pass
    else:
        abc.update_abstractmethods(cls)
    return cls


def _with_slots(cls, real, params):
    """A new class like cls, whose instances keep their fields in slots."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        inherited.update(slots)
    wanted = [f.name for f in real if f.name not in inherited]
    if params.weakref_slot and '__weakref__' not in inherited:
        wanted.append('__weakref__')
    namespace = {k: v for k, v in cls.__dict__.items()
                 if k not in wanted and k not in ('__dict__', '__weakref__')}
    namespace['__slots__'] = tuple(wanted)
    qualname = cls.__qualname__
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = qualname
    for value in namespace.values():
        _point_class_cell(value, cls, new_cls)
    # The frozen methods name their class; make them name the new one.
    if params.frozen:
        setter, deleter = _frozen_methods(new_cls, [f.name for f in real])
        new_cls.__setattr__ = setter
        new_cls.__delattr__ = deleter
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = _method(
                new_cls, '__getstate__',
                lambda self: [getattr(self, f.name) for f in real])
        if '__setstate__' not in namespace:
            def __setstate__(self, state):
                for f, value in zip(real, state):
                    object.__setattr__(self, f.name, value)
            new_cls.__setstate__ = _method(new_cls, '__setstate__',
                                           __setstate__)
    return new_cls


def _point_class_cell(value, old, new):
    """Methods using super() or __class__ keep their class in a cell; the
    slotted copy of a class must be the one they see."""
    if isinstance(value, (classmethod, staticmethod)):
        value = value.__func__
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            _point_class_cell(part, old, new)
        return
    annotate = getattr(value, '__annotate__', None)
    if getattr(annotate, '__generated_by_dataclasses__', False):
        _point_class_cell(annotate, old, new)
    code = getattr(value, '__code__', None)
    cells = getattr(value, '__closure__', None)
    if code is None or not cells or '__class__' not in code.co_freevars:
        return
    cell = cells[code.co_freevars.index('__class__')]
    try:
        if cell.cell_contents is old:
            cell.cell_contents = new
    except ValueError:
        pass  # an empty cell


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        params = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                  match_args, kw_only, slots, weakref_slot)
        return _process(cls, params)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------
# Functions on dataclasses and their instances.

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') \
            from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _copy_other(value):
    try:
        import copy
    except ImportError:
        # Without copy, sets are copied one level deep and anything else
        # is shared.
        if type(value) in (set, frozenset, bytearray):
            return type(value)(iter(value))
        return value
    return copy.deepcopy(value)


def _convert(value, make_record):
    """Rebuild value with dataclass instances turned into records
    (dictionaries or tuples) by make_record(instance, convert)."""
    if _is_dataclass_instance(value):
        return make_record(value)
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*[_convert(v, make_record) for v in value])
    if isinstance(value, (list, tuple)):
        return kind(_convert(v, make_record) for v in value)
    if isinstance(value, dict):
        pairs = [(_convert(k, make_record), _convert(v, make_record))
                 for k, v in value.items()]
        if hasattr(kind, 'default_factory'):
            result = kind(value.default_factory)
            for k, v in pairs:
                result[k] = v
            return result
        return kind(pairs)
    return _copy_other(value)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert asdict(c) == {'x': 1, 'y': 2}

    If given, 'dict_factory' will be used instead of built-in dict.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def record(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name),
                                               record))
                             for f in fields(instance)])
    return record(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.

    Example usage::

      @dataclass
      class C:
          x: int
          y: int

      c = C(1, 2)
      assert astuple(c) == (1, 2)

    If given, 'tuple_factory' will be used instead of built-in tuple.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts. Other objects are copied with 'copy.deepcopy()'.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def record(instance):
        return tuple_factory([_convert(getattr(instance, f.name), record)
                              for f in fields(instance)])
    return record(obj)


def _rebuild(obj, changes):
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError('field %s is declared with init=False, it '
                                'cannot be specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError("InitVar '%s' must be specified with "
                                "replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage::

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _rebuild(obj, changes)


# Python's keywords, for make_dataclass's check (the keyword module may be
# missing).
_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'))


def _any_type():
    """typing.Any, which make_dataclass annotates a field given by name
    alone with (typing is imported only then)."""
    import typing
    return typing.Any


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None, decorator=dataclass):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects. If type is
    omitted, use the string 'typing.Any'.  Field objects are created by
    the equivalent of calling 'field(name, type [, Field-info])'.::

      C = make_dataclass('C', ['x', ('y', int), ('z', int, field(init=False))], bases=(Base,))

    is equivalent to::

      @dataclass
      class C(Base):
          x: 'typing.Any'
          y: int
          z: int = field(init=False)

    For the bases and namespace parameters, see the builtin type() function.

    The parameters init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
    slots, and weakref_slot are passed to dataclass().

    If module parameter is defined, the '__module__' attribute of the dataclass is
    set to that value.
    """
    body = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, kind, spec = item, _any_type(), MISSING
        elif len(item) == 2:
            (name, kind), spec = item, MISSING
        elif len(item) == 3:
            name, kind, spec = item
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if name in _KEYWORDS:
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = kind
        if spec is not MISSING:
            body[name] = spec
    body['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), body)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
    return decorator(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
