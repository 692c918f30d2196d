"""The signal module: _signal, with its numbers as the enumerations Signals,
Handlers and Sigmasks.

There is no enum module yet, so the enumerations are made by a small
metaclass of their own that behaves as IntEnum does where a program looks:
members are ints with a name and a value, repr <Signals.SIGINT: 2>, str and
format of the int, lookup by value (Signals(2)) and by name
(Signals['SIGINT']), iteration in value order without aliases."""
import _signal
from _signal import *


class _EnumType(type):
    def __call__(cls, value):
        member = cls._value2member_map_.get(value)
        if member is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return member

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter(cls._member_list_)

    def __reversed__(cls):
        return reversed(cls._member_list_)

    def __len__(cls):
        return len(cls._member_list_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)


class _IntEnum(int, metaclass=_EnumType):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    __str__ = int.__repr__
    __format__ = int.__format__

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


def _convert(name, select):
    """A new enumeration of the names of this module that select accepts,
    put back in the module as its members (the first name of a value in
    sorted order is its member; later ones are aliases)."""
    cls = _EnumType(name, (_IntEnum,), {"__module__": __name__, "__qualname__": name})
    cls._member_map_, cls._value2member_map_, cls._member_list_ = {}, {}, []
    g = globals()
    for key, value in sorted(((k, v) for k, v in g.items() if select(k)), key=lambda kv: (kv[1], kv[0])):
        member = cls._value2member_map_.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_, member._value_ = key, value
            cls._value2member_map_[value] = member
            cls._member_list_.append(member)
        cls._member_map_[key] = member
        g[key] = member
    return cls


Signals = _convert("Signals", lambda name: name.isupper() and name.startswith("SIG") and not name.startswith("SIG_"))
Handlers = _convert("Handlers", lambda name: name in ("SIG_DFL", "SIG_IGN"))
Sigmasks = _convert("Sigmasks", lambda name: name in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"))


def _int_to_enum(value, enum_klass):
    """value as a member of enum_klass when it is one's value, else as it is."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """A member (or any int) as a plain int; anything else as it is."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = _signal.signal.__doc__
getsignal.__doc__ = _signal.getsignal.__doc__
pthread_sigmask.__doc__ = _signal.pthread_sigmask.__doc__
sigpending.__doc__ = _signal.sigpending.__doc__
valid_signals.__doc__ = _signal.valid_signals.__doc__

del _EnumType, _convert
