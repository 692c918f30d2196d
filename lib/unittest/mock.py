"""Mock objects for tests: Mock, MagicMock and friends, call objects,
patching (patch, patch.object, patch.dict, patch.multiple), autospec,
sentinel, ANY, mock_open and seal."""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import builtins
import contextlib
import inspect
import io
import pkgutil
import pprint
import sys
from functools import partial, wraps
from types import BuiltinFunctionType, FunctionType, MethodType, ModuleType

from .util import safe_repr

# (no __unittest marker: a failing assert's traceback shows mock's frames,
# as CPython's does)

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


# ---------------------------------------------------------------- sentinels

class _SentinelObject(object):
    """A unique, named object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'

    __reduce__ = __repr__


class _Sentinel(object):
    """sentinel.NAME is the same object every time it is asked for."""

    def __init__(self):
        self._sentinels = {}

    def __reduce__(self):
        return 'sentinel'

    def __getattr__(self, name):
        # (asked for by help(); there are none)
        if name != '__bases__':
            known = self._sentinels.get(name)
            if known is None:
                known = self._sentinels[name] = _SentinelObject(name)
            return known
        raise AttributeError


sentinel = _Sentinel()
DEFAULT, _missing, _deleted = sentinel.DEFAULT, sentinel.MISSING, sentinel.DELETED


class _ANY(object):
    """Compares equal to everything."""

    def __repr__(self):
        return '<ANY>'

    def __eq__(self, other):
        return not False

    def __ne__(self, other):
        return not True


ANY = _ANY()


# ---------------------------------------------------------------- helpers

def _is_instance_mock(obj):
    # not isinstance: a mock with a spec pretends to be of another class
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return (isinstance(obj, BaseException)
            or (isinstance(obj, type) and issubclass(obj, BaseException)))


def _callable(obj):
    return (isinstance(obj, (type, staticmethod, classmethod))
            or getattr(obj, '__call__', None) is not None)


def _try_iter(obj):
    if obj is not None and not _is_exception(obj) and not _callable(obj):
        try:
            obj = iter(obj)
        except TypeError:
            # not iterable: kept as it is (and fails when called)
            pass
    return obj


def _format_call_signature(name, args, kwargs):
    shown = [repr(a) for a in args]
    shown += ['%s=%r' % item for item in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(shown))


def _is_magic(name):
    return name == '__%s__' % name[2:-2]


def _safe_super(cls, self):
    return super(cls, self)


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value (a mock without a parent or name) as a child of parent;
    whether it was adopted."""
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or
            value._mock_parent is not None or
            value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            # a mock cannot be its own ancestor
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent, value._mock_new_name = parent, new_name
    if name:
        value._mock_parent, value._mock_name = parent, name
    return True


class _MockIter(object):
    """The iterator a delegated side_effect is kept as."""

    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


# attributes kept in the mock's own __dict__ (set through object.__setattr__)
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect',
    '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


def _delegating_property(name):
    private = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, private)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[private] = value
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        return any(self[start:start + width] == value
                   for start in range(len(self) - width + 1))

    def __repr__(self):
        return pprint.pformat(list(self))


# ---------------------------------------------------------------- the base

class Base(object):
    """The end of the mocks' __init__ chain."""
    _mock_side_effect = None
    _mock_return_value = DEFAULT

    def __init__(self, /, *args, **kwargs):
        return None


class NonCallableMock(Base):
    """A mock that cannot be called: the base of the other mocks (see
    Mock for the arguments)."""

    # each instance gets a class of its own, so that magic methods can be
    # set on one mock without touching the others
    def __new__(cls, /, *args, **kw):
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            bound = _MOCK_SIG.bind_partial(cls, *args, **kw).arguments
            spec_arg = bound.get('spec_set', bound.get('spec'))
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        own = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return _safe_super(NonCallableMock, cls).__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False
        if spec_set is not None:
            spec, spec_set = spec_set, True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        _safe_super(NonCallableMock, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Attach mock as attribute of this one: its calls are then recorded
        in this mock's method_calls and mock_calls."""
        inner = _extract_mock(mock)
        inner._mock_parent = inner._mock_new_parent = None
        inner._mock_name = inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes to spec's (a list of names or an
        object); only those of the spec may be set when spec_set."""
        return self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = spec_signature = None
        names = asyncs = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            spec_signature = _check_sig(spec, self, _eat_self, _spec_as_instance)
            names = dir(spec)
            asyncs = [n for n in names
                      if _is_async_func(inspect.getattr_static(spec, n, None))]
        elif spec is not None:
            names = spec
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = spec_signature
        state['_mock_methods'] = names
        state['_spec_asyncs'] = asyncs or []

    def _return_value_get(self):
        delegate = self._mock_delegate
        value = (self._mock_return_value if delegate is None
                 else delegate.return_value)
        if value is DEFAULT and self._mock_wraps is None:
            # made on first use: a child mock named '()'
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _return_value_set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')
        else:
            delegate.return_value = value

    return_value = property(_return_value_get, _return_value_set,
                            doc="The value returned when the mock is called.")

    # isinstance(mock, spec_class) is true
    __class__ = property(lambda self: self._spec_class or type(self))

    def _side_effect_get(self):
        delegated = self._mock_delegate
        if delegated is None:
            return self._mock_side_effect
        effect = delegated.side_effect
        plain = (effect is not None and not callable(effect)
                 and not isinstance(effect, _MockIter) and not _is_exception(effect))
        if plain:
            effect = delegated.side_effect = _MockIter(effect)
        return effect

    def _side_effect_set(self, value):
        value = _try_iter(value)
        if self._mock_delegate is not None:
            self._mock_delegate.side_effect = value
        else:
            self._mock_side_effect = value

    side_effect = property(_side_effect_get, _side_effect_set)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call of this mock and its children (and, when asked,
        their return values and side effects)."""
        seen = [] if visited is None else visited
        if id(self) in seen:
            return
        seen.append(id(self))
        for attr, fresh in (('called', False), ('call_args', None),
                            ('call_count', 0)):
            setattr(self, attr, fresh)
        for attr in ('mock_calls', 'call_args_list', 'method_calls'):
            setattr(self, attr, _CallList())
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in list(self._mock_children.values()):
            if child is not _deleted and not isinstance(child, _SpecState):
                child.reset_mock(seen, return_value=return_value,
                                 side_effect=side_effect)
        returned = self._mock_return_value
        if returned is not self and _is_instance_mock(returned):
            returned.reset_mock(seen)

    def configure_mock(self, /, **kwargs):
        """Set attributes by keyword; dotted names reach child mocks, as in
        configure_mock(**{'method.return_value': 3})."""
        # shorter names first, so that parents exist before their children
        for arg, val in sorted(kwargs.items(), key=lambda e: e[0].count('.')):
            *path, last = arg.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        allowed = self._mock_methods
        if allowed is None:
            if _is_magic(name):
                raise AttributeError(name)
        elif name in _all_magics or name not in allowed:
            raise AttributeError("Mock object has no attribute %r" % name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) \
                    or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wrapped = None
            if self._mock_wraps is not None:
                wrapped = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wrapped,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        elif isinstance(result, _SpecState):
            result = create_autospec(result.spec, result.spec_set,
                                     result.instance, result.parent, result.name)
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        parts = [self._mock_new_name]
        joiner = '' if parts == ['()'] else '.'
        last = self
        up = self._mock_new_parent
        while up is not None:
            last = up
            parts.append(up._mock_new_name + joiner)
            joiner = '' if up._mock_new_name == '()' else '.'
            up = up._mock_new_parent
        parts.reverse()
        first = last._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            first += '.'
        parts[0] = first
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            word = 'spec_set' if self._spec_set else 'spec'
            spec_part = ' %s=%r' % (word, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part,
                                     spec_part, id(self))

    def __dir__(self):
        """The attributes of the spec (when there is one), the mock's
        public ones and its children; everything when FILTER_DIR is off."""
        if FILTER_DIR is False:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = [n for n in self.__dict__
                     if not n.startswith('_') or _is_magic(n)]
        children = [n for n, c in self._mock_children.items() if c is not _deleted]
        from_type = [n for n in from_type if not n.startswith('_')]
        return sorted(set(extras + from_type + from_dict + children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            else:
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
        elif name == '__class__':
            self._spec_class = value
            return None
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        if not isinstance(value, PropertyMock):
            return object.__setattr__(self, name, value)
        # kept out of the class: it works as a descriptor only there
        self.__dict__[name] = value
        return None

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # a magic set on the class only
                return
        known = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            _safe_super(NonCallableMock, self).__delattr__(name)
        elif known is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return ('expected %s not found.\nExpected: %s\n  Actual: %s'
                % (action, expected, actual))

    def _get_call_signature_from_name(self, name):
        """The spec signature of the child a call's dotted name leads to."""
        if not name:
            return self._spec_signature
        found, node = None, self
        for part in name.split('.'):
            node = node._mock_children.get(part)
            if node is None or isinstance(node, _SpecState):
                break
            node = _extract_mock(node)
            found = node._spec_signature
        return found

    def _call_matcher(self, _call):
        """A key to compare _call with others: its arguments bound to the
        spec's signature when there is one."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name, (args, kwargs) = '', _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self):
        made = self.mock_calls
        return f"\nCalls: {safe_repr(made)}." if made else ""

    def _shown_name(self):
        return self._mock_name or 'mock'

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._shown_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called."
                                 % self._shown_name())

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._shown_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: not called.'
                % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(self.call_args) != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these
        arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._shown_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds calls: one after the other, or in any
        order when any_order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        made = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if any_order:
            remaining = list(made)
            missing = []
            for one in expected:
                if one in remaining:
                    remaining.remove(one)
                else:
                    missing.append(one)
            if missing:
                raise AssertionError(
                    '%r does not contain all of %r in its call list, found %r '
                    'instead' % (self._shown_name(), tuple(missing), remaining)
                ) from cause
            return
        if expected in made:
            return
        if cause is None:
            problem = 'Calls not found.'
        else:
            problem = ('Error processing expected calls.\nErrors: %s'
                       % [e if isinstance(e, Exception) else None for e in expected])
        raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                             f'  Actual: {safe_repr(self.mock_calls)}') from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (not only the last) had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        made = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(made):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs)
                                 ) from cause

    def _get_child_mock(self, /, **kw):
        """Make the mock of an attribute or of the return value: of the
        mock's own kind (the callable kind for non-callable mocks)."""
        if self._mock_sealed:
            where = f".{kw['name']}" if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + where)
        new_name = kw.get("_new_name")
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            kind = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            sync = (new_name in _all_sync_magics
                    or (self._mock_methods and new_name in self._mock_methods))
            kind = MagicMock if sync else AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                kind = MagicMock
            else:
                kind = Mock
        else:
            kind = own.__mro__[1]
        return kind(**kw)


for _attr in ('called', 'call_count', 'call_args', 'call_args_list',
              'mock_calls'):
    setattr(NonCallableMock, _attr, _delegating_property(_attr))

_MOCK_SIG = inspect.signature(NonCallableMock.__init__)


class _AnyComparer(list):
    """A list whose `in` compares items with `==` from the item's side
    (so that ANY inside a call matches)."""

    def __contains__(self, item):
        for element in self:
            if len(item) != len(element):
                continue
            if all(expected == actual for expected, actual in zip(item, element)):
                return True
        return False


def _is_list(obj):
    # lists, tuples (not their subclasses) of names
    return type(obj) in (list, tuple)


def _is_async_obj(obj):
    """Whether obj is a coroutine function (or awaitable): what an
    AsyncMock should stand for."""
    if not isinstance(obj, AsyncMock) and _is_instance_mock(obj):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_async_func(func):
    if getattr(func, '__code__', None):
        return inspect.iscoroutinefunction(func)
    return False


def _extract_mock(obj):
    # autospecced functions hold their mock in .mock
    if isinstance(obj, (FunctionType, MethodType)) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


_ATTRIB_DENY_LIST = frozenset({
    name.removeprefix("assert_")
    for name in dir(NonCallableMock) if name.startswith("assert_")
})


# ---------------------------------------------------------------- calls

def _call_parts(value):
    """(name or None, args, kwargs) of a call-like tuple of up to three
    items: (name, args, kwargs), (name, args), (name, kwargs), (args,
    kwargs), (name,), (args,), (kwargs,) or ()."""
    name, args, kwargs = None, (), {}
    if len(value) == 3:
        name, args, kwargs = value
    elif len(value) == 2:
        head, tail = value
        if not isinstance(head, str):
            args, kwargs = head, tail
        elif isinstance(tail, tuple):
            name, args = head, tail
        else:
            name, kwargs = head, tail
    elif len(value) == 1:
        only = value[0]
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call(tuple):
    """A call: (name, args, kwargs), or (args, kwargs) when `two`.  The
    `call` object makes them: call(1, a=2), call.method(3), call()(4)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        given, args, kwargs = _call_parts(value)
        if given is not None:
            name = given
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_from_kall = from_kall
        self._mock_parent = parent
        self._mock_name = name

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name, (my_args, my_kwargs) = '', self
        else:
            my_name, my_args, my_kwargs = self
        mine, theirs = getattr(self, '_mock_parent', None), getattr(other, '_mock_parent', None)
        if mine and theirs and mine != theirs:
            return False
        if len(other) > 3:
            return False
        name, args, kwargs = _call_parts(other)
        name = name or ''
        if my_name and name != my_name:
            return False
        return (args, kwargs) == (my_args, my_kwargs)

    # (not the opposite of __eq__: tuple's)
    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{self._mock_name}.{attr}', parent=self,
                     from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__:
            # count and index are names a call may have
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def _get_call_arguments(self):
        return tuple(self) if len(self) == 2 else tuple(self)[1:]

    args = property(lambda self: self._get_call_arguments()[0])
    kwargs = property(lambda self: self._get_call_arguments()[1])

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return 'call' + name if name.startswith('()') else name
        if len(self) == 2:
            name, (args, kwargs) = 'call', self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The list of calls a chained call makes: call(1).method(2) is a
        call of the mock, then one of what it returned."""
        found = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                found.append(link)
            link = link._mock_parent
        return _CallList(reversed(found))


call = _Call(from_kall=False)


# ---------------------------------------------------------------- callables

class CallableMixin(Base):
    """What makes a mock callable."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        _safe_super(CallableMixin, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state, _new_name,
            _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        """Check the arguments of a call (autospec replaces it)."""

    def __call__(self, /, *args, **kwargs):
        # check the arguments, record the call, then answer it
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        # record the call in each ancestor: method_calls follow attribute
        # names only, mock_calls also return values ('()')
        method_name = self._mock_name
        record_methods = self._mock_parent is not None
        call_name = self._mock_new_name
        after_call = call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        up = self._mock_new_parent
        while up is not None:
            if record_methods:
                up.method_calls.append(_Call((method_name, args, kwargs)))
                record_methods = up._mock_parent is not None
                if record_methods:
                    method_name = up._mock_name + '.' + method_name
            up.mock_calls.append(_Call((call_name, args, kwargs)))
            if up._mock_new_name:
                joiner = '' if after_call else '.'
                after_call = up._mock_new_name == '()'
                call_name = up._mock_new_name + joiner + call_name
            up = up._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        answer = _apply_side_effect(self.side_effect, args, kwargs)
        if answer is not DEFAULT:
            return answer
        delegate = self._mock_delegate
        if (self._mock_return_value is not DEFAULT
                or (delegate and delegate.return_value is not DEFAULT)
                or self._mock_wraps is None):
            return self.return_value
        return self._mock_wraps(*args, **kwargs)


def _apply_side_effect(effect, args, kwargs):
    """What a side effect gives for a call (DEFAULT: the return value)."""
    if effect is None:
        return DEFAULT
    if _is_exception(effect):
        raise effect
    if _callable(effect):
        return effect(*args, **kwargs)
    produced = next(effect)
    if _is_exception(produced):
        raise produced
    return produced


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: any attribute is a child mock made on first use,
    and calling it returns return_value (a child mock by default).

    spec / spec_set: an object or a list of names the attributes are
    limited to (spec_set also limits setting them); side_effect: an
    exception to raise, an iterable of results, or a function to call;
    return_value; wraps: an object calls are passed on to; name: shown in
    the repr; unsafe: allow attributes named like assert methods.  Other
    keyword arguments set attributes (see configure_mock)."""


# ---------------------------------------------------------------- magic methods

magic_methods = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str "
    "sizeof enter exit divmod rdivmod neg pos abs invert complex int float "
    "index round trunc floor ceil bool next fspath aiter"
)
numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
inplace = ' '.join(['i' + n for n in numerics.split()])
right = ' '.join(['r' + n for n in numerics.split()])

# supported but not set up by MagicMock by default
_non_defaults = set('__%s__' % n for n in (
    "get set delete reversed missing reduce reduce_ex getinitargs "
    "getnewargs getstate setstate getformat repr dir subclasses format "
    "getnewargs_ex").split())

_magics = set('__%s__' % n for n in
              (magic_methods + ' ' + numerics + ' ' + inplace + ' ' + right).split())
_async_method_magics = set("__aenter__ __aexit__ __anext__".split())
_sync_async_magics = set(["__aiter__"])
_async_magics = _sync_async_magics | _async_method_magics
_all_sync_magics = _non_defaults | _magics
_all_magics = _async_magics | _all_sync_magics

_unsupported_magics = set('__%s__' % n for n in (
    "getattr setattr init new prepare instancecheck subclasscheck "
    "del").split())

# the default return values of MagicMock's magic methods
_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: (f"{type(self).__name__}/"
                                f"{self._extract_mock_name()}/{id(self)}"),
}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def _get_eq(self):
    def __eq__(other):
        configured = self.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if self is other else NotImplemented
    return __eq__


# (__ne__ configured: DEFAULT, which makes Python use __eq__)
def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if self is other else NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        configured = self.__iter__._mock_return_value
        return iter([]) if configured is DEFAULT else iter(configured)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        configured = self.__aiter__._mock_return_value
        return _AsyncIterator(iter([]) if configured is DEFAULT else iter(configured))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter,
    '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    """Give a magic method's new mock its default behaviour."""
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculate = _calculate_return_value.get(name)
    if calculate is not None:
        method.return_value = calculate(mock)
        return
    effect = _side_effect_methods.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


def _get_method(name, func):
    """A function named name calling func (set on the mock's class)."""
    def magic(self, /, *args, **kw):
        return func(self, *args, **kw)
    magic.__name__ = name
    return magic


class MagicProxy(Base):
    """Placed on a MagicMock's class for each magic method: makes the
    method's mock on first use."""

    def __init__(self, name, parent):
        self.name, self.parent = name, parent

    def create_mock(self):
        parent, name = self.parent, self.name
        made = parent._get_child_mock(name=name, _new_name=name,
                                      _new_parent=parent)
        setattr(parent, name, made)
        _set_return_value(parent, made, name)
        return made

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        _safe_super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        own = type(self)
        if getattr(self, "_mock_methods", None) is not None:
            kept = wanted.intersection(self._mock_methods)
            for name in wanted - kept:
                if name in own.__dict__:
                    delattr(self, name)
            wanted = kept
        for name in wanted - set(own.__dict__):
            setattr(own, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A version of MagicMock that isn't callable.
    """

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes (and magic methods) to spec's."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iteration
    is empty, it is true, int() is 1, it is a context manager, and so on;
    each magic method is a mock that can be configured."""

    def mock_add_spec(self, spec, spec_set=False):
        """Limit the mock's attributes (and magic methods) to spec's."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting the attribute calls
    it with no arguments, setting it calls it with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __set__(self, obj, val):
        self(val)


# ---------------------------------------------------------------- async

class _AsyncIterator:
    """An asynchronous iterator over a plain iterator."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        value = next(self.iterator, _missing)
        if value is _missing:
            raise StopAsyncIteration
        return value


class AsyncMockMixin(Base):
    """What makes a mock awaitable: calls return coroutines."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state = self.__dict__
        state['_mock_await_count'] = 0
        state['_mock_await_args'] = None
        state['_mock_await_args_list'] = _CallList()
        # inspect.iscoroutinefunction() is true for it (the mark that
        # inspect.markcoroutinefunction sets, set here without __setattr__)
        state[inspect._COROUTINE_MARK_ATTR] = inspect._coroutine_mark
        state['__name__'] = 'AsyncMock'
        state['__defaults__'] = ()
        state['__kwdefaults__'] = {}
        state['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kwargs):
        awaited = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = awaited
        self.await_args_list.append(awaited)
        effect = self.side_effect
        if effect is not None and inspect.iscoroutinefunction(effect):
            answer = await effect(*args, **kwargs)
        else:
            try:
                answer = _apply_side_effect(effect, args, kwargs)
            except StopIteration:
                # StopIteration cannot leave a coroutine
                raise StopAsyncIteration
        if answer is not DEFAULT:
            return answer
        if self._mock_return_value is not DEFAULT or self._mock_wraps is None:
            return self.return_value
        if inspect.iscoroutinefunction(self._mock_wraps):
            return await self._mock_wraps(*args, **kwargs)
        return self._mock_wraps(*args, **kwargs)

    def _awaited_name(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._awaited_name()} to have been awaited.")

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(
                f"Expected {self._awaited_name()} to have been awaited once."
                f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(self.await_args) != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(
                args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these
        arguments."""
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        made = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(made):
            raise AssertionError('%s await not found' %
                                 self._format_mock_call_signature(args, kwargs)
                                 ) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds calls (in order, or any)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        made = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in made:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\nErrors: %s'
                               % [e if isinstance(e, Exception) else None
                                  for e in expected])
                raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}') from cause
            return
        remaining = list(made)
        missing = []
        for one in expected:
            if one in remaining:
                remaining.remove(one)
            else:
                missing.append(one)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),)
                                 ) from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(
                f"Expected {self._awaited_name()} to not have been awaited."
                f" Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        """See Mock.reset_mock(); also forgets the awaits."""
        NonCallableMock.reset_mock(self, *args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


for _attr in ('await_count', 'await_args', 'await_args_list'):
    setattr(AsyncMockMixin, _attr, _delegating_property(_attr))


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock of an async function: calling it returns a coroutine, which
    gives return_value (or follows side_effect) when awaited, and records
    the await (await_count, await_args, assert_awaited...)."""




# ---------------------------------------------------------------- signatures

def _get_signature_object(func, as_instance, eat_self):
    """(the callable whose signature counts, its signature without self
    when it is bound), or None."""
    if not as_instance and isinstance(func, type):
        # a class: its constructor's signature, without self
        func, eat_self = func.__init__, True
    elif isinstance(func, classmethod):
        func, eat_self = func.__func__, True
    elif isinstance(func, staticmethod):
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    sig_func = partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(sig_func)
    except ValueError:
        return None


def _check_sig(spec, mock, skipfirst, instance=False):
    found = _get_signature_object(spec, instance, skipfirst)
    if found is None:
        return None
    func, sig = found

    def checksig(mock_self, /, *args, **kwargs):
        # a TypeError when the call does not fit the signature
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig
    return sig


def _copy_func_details(func, funcopy):
    for attribute in ('__name__', '__doc__', '__text_signature__',
                      '__module__', '__defaults__', '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except AttributeError:
            pass


def _callable_spec(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable_spec(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Whether instances of obj (a class) are callable."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any(base.__dict__.get('__call__') is not None
               for base in (obj,) + obj.__mro__)


_FORWARDED_ASSERTS = (
    'assert_called_with', 'assert_called_once_with', 'assert_has_calls',
    'assert_any_call', 'assert_called', 'assert_not_called',
    'assert_called_once',
)


def _forwarder(mock, name):
    def forward(*args, **kwargs):
        return getattr(mock, name)(*args, **kwargs)
    forward.__name__ = name
    return forward


def _setup_func(funcopy, mock, sig):
    """Make funcopy (the function an autospecced function becomes) look
    like its mock: the same attributes and assert methods."""
    def reset_mock():
        funcopy.mock_calls, funcopy.method_calls = _CallList(), _CallList()
        mock.reset_mock()
        returned = funcopy.return_value
        if returned is not mock and _is_instance_mock(returned):
            returned.reset_mock()

    funcopy.mock = mock
    for attr, fresh in (('called', False), ('call_count', 0),
                        ('call_args', None)):
        setattr(funcopy, attr, fresh)
    for attr in ('call_args_list', 'method_calls', 'mock_calls'):
        setattr(funcopy, attr, _CallList())
    funcopy.return_value, funcopy.side_effect = mock.return_value, mock.side_effect
    funcopy._mock_children = mock._mock_children
    for name in _FORWARDED_ASSERTS:
        setattr(funcopy, name, _forwarder(mock, name))
    funcopy.reset_mock = reset_mock
    mock._mock_delegate = funcopy


def _set_signature(mock, original, instance=False):
    """A function with original's signature that checks its arguments
    and calls mock."""
    skipfirst = isinstance(original, type)
    found = _get_signature_object(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)
    _copy_func_details(func, funcopy)
    funcopy.__signature__ = sig
    _setup_func(funcopy, mock, sig)
    return funcopy


class _SpecState(object):
    """An attribute of an autospecced object, mocked when first used."""

    def __init__(self, spec, spec_set=False, parent=None, name=None,
                 ids=None, instance=False):
        self.spec, self.spec_set, self.instance = spec, spec_set, instance
        self.parent, self.name, self.ids = parent, name, ids


FunctionTypes = (FunctionType, MethodType)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None,
                    *, unsafe=False, **kwargs):
    """A mock with spec's attributes, each specced in turn (when first
    used); calls are checked against the signatures of spec and of its
    methods.  A class's mock returns an instance mock (instance=True for
    the mock of an instance)."""
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    if _is_list(spec):
        # a list spec means "like a list"
        spec = type(spec)
    is_type = isinstance(spec, type)
    is_async_func = _is_async_func(spec)
    if spec is None:
        _kwargs = {}
    else:
        _kwargs = {'spec_set' if spec_set else 'spec': spec}
        if instance:
            _kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _kwargs.update(kwargs)
    kind = _autospec_kind(spec, is_type, instance, is_async_func)
    if inspect.isdatadescriptor(spec):
        _kwargs = {}
    _name = _kwargs.pop('name', _name)
    _new_name = _name
    if _parent is None:
        _new_name = ''
    mock = kind(parent=_parent, _new_parent=_parent, _new_name=_new_name,
                name=_name, **_kwargs)
    if isinstance(spec, FunctionType):
        # a real function, so that it has the signature
        mock = _set_signature(mock, spec)
        if is_async_func:
            _setup_async_mock(mock)
    else:
        _check_sig(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)
    for entry in dir(spec):
        if not _is_magic(entry):
            _autospec_attribute(mock, spec, entry, spec_set, instance, is_type)
    return mock


def _autospec_attribute(mock, spec, entry, spec_set, instance, is_type):
    """Give mock the child for spec's attribute entry: methods at once
    (checking their signature), other attributes when first used."""
    try:
        original = getattr(spec, entry)
    except AttributeError:
        return
    if not isinstance(original, FunctionTypes):
        mock._mock_children[entry] = _SpecState(original, spec_set, mock,
                                                entry, instance=instance)
        return
    owner = mock.mock if isinstance(spec, FunctionTypes) else mock
    skipfirst = _must_skip(spec, entry, is_type)
    options = {'spec_set' if spec_set else 'spec': original,
               '_eat_self': skipfirst}
    kind = AsyncMock if inspect.iscoroutinefunction(original) else MagicMock
    child = kind(parent=owner, name=entry, _new_name=entry, _new_parent=owner,
                 **options)
    mock._mock_children[entry] = child
    child.return_value = kind()
    _check_sig(original, child, skipfirst=skipfirst)


def _autospec_kind(spec, is_type, instance, is_async_func):
    if inspect.isdatadescriptor(spec):
        return MagicMock
    if is_type and instance and not _instance_callable(spec):
        return NonCallableMagicMock
    if not _callable_spec(spec):
        return NonCallableMagicMock
    if not is_async_func:
        return MagicMock
    if instance:
        raise RuntimeError("Instance can not be True when create_autospec "
                           "is mocking an async function")
    return AsyncMock


def _setup_async_mock(mock):
    mock._is_coroutine = None
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()


def _must_skip(spec, entry, is_type):
    """Whether the method entry of spec is called with self filled in."""
    if isinstance(spec, type):
        classes = spec.__mro__
    elif entry in getattr(spec, '__dict__', {}):
        # an instance attribute: no self
        return False
    else:
        classes = spec.__class__.__mro__
    for owner in classes:
        result = owner.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        if isinstance(result, FunctionTypes):
            return is_type
        return False
    return is_type


def _check_spec_arg_typos(kwargs_to_check):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs_to_check:
            raise RuntimeError(
                f"{typo!r} might be a typo; use unsafe=True if this is intended")


# ---------------------------------------------------------------- patching

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _get_target(target):
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return partial(pkgutil.resolve_name, where), attribute


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _start(patcher):
    """Activate a patch, returning any created mock."""
    made = patcher.__enter__()
    _patch._active_patches.append(patcher)
    return made


def _stop(patcher):
    """Stop an active patch."""
    if patcher not in _patch._active_patches:
        # not started with start()
        return None
    _patch._active_patches.remove(patcher)
    return patcher.__exit__(None, None, None)


class _patch(object):
    """One patch: replaces an attribute of the target while active (as a
    decorator, a context manager, or between start() and stop())."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        if new_callable is not None and autospec is not None:
            raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        for label, given, where in (('spec', spec, ''),
                                    ('spec_set', spec_set, ' target')):
            if _is_instance_mock(given):
                raise InvalidSpecError(
                    f'Cannot spec attr {attribute!r} as the {label}{where} has '
                    f'already been mocked out. [{label}={given!r}]')
        self.getter, self.attribute = getter, attribute
        self.new, self.new_callable = new, new_callable
        self.spec, self.spec_set, self.autospec = spec, spec_set, autospec
        self.create, self.kwargs = create, kwargs
        self.has_local = self.is_started = False
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        return _decorate(self, func)

    def decorate_class(self, klass):
        for name in dir(klass):
            value = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(value, "__call__"):
                setattr(klass, name, self.copy()(value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        positional = list(args)
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                made = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(made)
                elif patching.new is DEFAULT:
                    positional.append(made)
            yield tuple(positional), keywargs

    def decorate_callable(self, func):
        return _stack_or_wrap(self, func, False)

    def decorate_async_callable(self, func):
        return _stack_or_wrap(self, func, True)

    def get_original(self):
        target, name = self.target, self.attribute
        own = getattr(target, '__dict__', None)
        local = own is not None and name in own
        original = own[name] if local else getattr(target, name, DEFAULT)
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r"
                                 % (target, name))
        return original, local

    def _make_new(self, original):
        """The object to patch in, when the patch makes it."""
        spec, spec_set = self.spec, self.spec_set
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        autospec = None if self.autospec is False else self.autospec
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        if self.new is not DEFAULT or autospec is not None:
            return None, spec, spec_set, autospec
        if spec is True:
            spec = original
            if spec_set is True:
                spec, spec_set = None, original
        elif spec is not None:
            if spec_set is True:
                spec, spec_set = None, spec
        elif spec_set is True:
            spec_set = original
        return self._mock_for(original, spec, spec_set), spec, spec_set, autospec

    def _mock_for(self, original, spec, spec_set):
        inherit = False
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            inherit = isinstance(original, type)
        this_spec = spec_set if spec_set is not None else spec
        if self.new_callable is not None:
            kind = self.new_callable
        elif spec is None and _is_async_obj(original):
            kind = AsyncMock
        elif this_spec is not None:
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_obj(this_spec):
                kind = AsyncMock
            elif not_callable:
                kind = NonCallableMagicMock
            else:
                kind = MagicMock
        else:
            kind = MagicMock
        options = {}
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        if isinstance(kind, type) and issubclass(kind, NonCallableMock) and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        new = kind(**options)
        if inherit and _is_instance_mock(new):
            # the class's mock returns an instance mock with the same spec
            if not _is_list(this_spec) and not _instance_callable(this_spec):
                kind = NonCallableMagicMock
            options.pop('name')
            new.return_value = kind(_new_parent=new, _new_name='()', **options)
        return new

    def __enter__(self):
        """Perform the patch."""
        if self.is_started:
            raise RuntimeError("Patch is already started")
        self.target = self.getter()
        original, local = self.get_original()
        made, spec, spec_set, autospec = self._make_new(original)
        if made is not None:
            new = made
        elif autospec is not None:
            new = self._autospecced(original, autospec, spec_set)
        else:
            if self.kwargs:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            new = self.new
        self.temp_original, self.is_local = original, local
        self._exit_stack = contextlib.ExitStack()
        self.is_started = True
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patching in self.additional_patchers:
                made = self._exit_stack.enter_context(patching)
                if patching.new is DEFAULT:
                    extra.update(made)
            return extra
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def _autospecced(self, original, autospec, spec_set):
        if self.new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't specify "
                            "autospec and new.")
        if original is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        if autospec is True:
            autospec = original
        if _is_instance_mock(self.target):
            raise InvalidSpecError(
                f'Cannot autospec attr {self.attribute!r} as the patch '
                f'target has already been mocked out. '
                f'[target={self.target!r}, attr={autospec!r}]')
        if _is_instance_mock(autospec):
            target_name = getattr(self.target, '__name__', self.target)
            raise InvalidSpecError(
                f'Cannot autospec attr {self.attribute!r} from target '
                f'{target_name!r} as it has already been mocked out. '
                f'[target={self.target!r}, attr={autospec!r}]')
        return create_autospec(autospec, spec_set=bool(spec_set),
                               _name=self.attribute, **self.kwargs)

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if not self.is_started:
            return None
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if (not self.create and (not hasattr(self.target, self.attribute) or
                                     self.attribute in ('__doc__', '__module__',
                                                        '__defaults__', '__annotations__',
                                                        '__kwdefaults__'))):
                # the attribute came from a class: set it back on the target
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original, self.is_local, self.target
        stack = self._exit_stack
        del self._exit_stack
        self.is_started = False
        return stack.__exit__(*exc_info)

    start = _start
    stop = _stop


def _decorate(patcher, func):
    """What patcher(func) gives: a class with its test methods patched, or
    a function (coroutine function) running under the patch."""
    if isinstance(func, type):
        return patcher.decorate_class(func)
    if inspect.iscoroutinefunction(func):
        return patcher.decorate_async_callable(func)
    return patcher.decorate_callable(func)


def _stack_or_wrap(patcher, func, is_async):
    if hasattr(func, 'patchings'):
        # stacked patch decorators share one wrapper
        func.patchings.append(patcher)
        return func
    if is_async:
        @wraps(func)
        async def patched(*args, **keywargs):
            with patcher.decoration_helper(patched, args, keywargs) as (a, k):
                return await func(*a, **k)
    else:
        @wraps(func)
        def patched(*args, **keywargs):
            with patcher.decoration_helper(patched, args, keywargs) as (a, k):
                return func(*a, **k)
    patched.patchings = [patcher]
    return patched


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch.object(target, 'attribute', ...): patch an attribute of an
    object given itself (see patch for the other arguments)."""
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, NAME=value, ...): several patches of one
    target at once; DEFAULT values become mocks, passed to a decorated
    function by keyword (or returned in a dict by the context manager)."""
    if type(target) is str:
        getter = partial(pkgutil.resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with '
                         'patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
        one.attribute_name = attribute
        patchers.append(one)
    first, *others = patchers
    first.additional_patchers.extend(others)
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') with new
    (a MagicMock by default) while a decorated function runs, in a with
    block, or between start() and stop().

    spec / spec_set (True: the original's), autospec (True: the original),
    new_callable (what makes the mock), create (allow a missing attribute)
    and other keyword arguments (given to the mock) shape what replaces it.
    As a decorator, made mocks are passed as extra positional arguments; as
    a class decorator, it wraps the methods starting with patch.TEST_PREFIX."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict(object):
    """patch.dict(in_dict, values=(), clear=False, **kwargs): update a
    mapping (or one named by a string) while active, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def decorate_async_callable(self, f):
        @wraps(f)
        async def patched(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def decorate_class(self, klass):
        for name in dir(klass):
            value = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(value, "__call__"):
                twin = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, name, twin(value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = pkgutil.resolve_name(self.in_dict)
        target = self.in_dict
        try:
            saved = target.copy()
        except AttributeError:
            saved = {key: target[key] for key in target}
        self._original = saved
        if self.clear:
            _clear_dict(target)
        _update(target, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _update(self.in_dict, self._original)

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    start = _start
    stop = _stop


def _update(mapping, values):
    try:
        mapping.update(values)
    except AttributeError:
        for key in values:
            mapping[key] = values[key]


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop all active patches. LIFO to unroll nested patches."""
    for one in reversed(_patch._active_patches):
        one.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------- mock_open

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock to patch in for open(): the handle it returns reads
    read_data (read, readline, readlines, iteration) and records writes."""
    global file_spec, open_spec
    data = _to_stream(read_data)
    state = [data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    def _exit_side_effect(exctype, excinst, exctb):
        handle.close()

    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect
    handle.__exit__.side_effect = _exit_side_effect

    def reset_data(*args, **kwargs):
        # each open() reads the data again from its start
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# ---------------------------------------------------------------- seal

def seal(mock):
    """Make mock and its mock attributes refuse new attributes (and return
    values) from now on: they raise AttributeError instead."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(mock._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)
