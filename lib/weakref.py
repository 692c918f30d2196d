"""Weak reference support for Python.

This module is an implementation of PEP 205:

https://peps.python.org/pep-0205/
"""

# The reference types themselves are in C (_weakref); this module adds the
# containers that hold their keys or values weakly, WeakMethod and
# finalize.
#
# The two dictionaries share one scheme: their entries live in `data`, a
# plain dict, and the callback of each weak reference drops its entry when
# the referent dies.  A callback may fire while an iteration walks `data`;
# the entry is then only noted, and dropped when the last iteration ends
# (see _Guarded).  Callbacks reach their container through a weak
# reference, so a container nobody uses can be freed.

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
)
from _weakrefset import WeakSet

import _collections_abc
import sys
import itertools

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """
    A custom `weakref.ref` subclass which simulates a weak reference to
    a bound method, working around the lifetime problem of bound methods.
    """

    # A bound method is made afresh at each attribute access, so a weak
    # reference to one would die at once.  This refers weakly to the
    # instance (the ref itself) and to the function (fn_ref), and makes
    # the bound method again on each call.
    __slots__ = "fn_ref", "method_kind", "both_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            instance = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def part_died(_, self_ref=None):
            # Called when the instance or the function dies; the user's
            # callback runs once, for whichever goes first.
            wm = self_ref() if self_ref is not None else None
            if wm is not None and wm.both_alive:
                wm.both_alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, instance, lambda r: part_died(r, holder[0]))
        holder = [ref(self)]
        self.fn_ref = ref(function, lambda r: part_died(r, holder[0]))
        self.method_kind = type(meth)
        self.both_alive = True
        return self

    def __call__(self):
        instance = super().__call__()
        function = self.fn_ref()
        if instance is None or function is None:
            return None
        return self.method_kind(function, instance)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self.both_alive and other.both_alive:
            return ref.__eq__(self, other) and self.fn_ref == other.fn_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self.both_alive and other.both_alive:
            return ref.__ne__(self, other) or self.fn_ref != other.fn_ref
        return self is not other

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """Specialized reference that includes a key corresponding to the value.

    This is used in the WeakValueDictionary to avoid having to create
    a function object for each key stored in the mapping.  A shared
    callback object can use the 'key' attribute of a KeyedRef instead
    of getting a reference to the key from an enclosing scope.

    """

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _Guarded:
    # What both dictionaries share: iterations that may run while entries
    # die.  `_walkers` counts the running iterations; `_doomed` holds what
    # died meanwhile, for `_drop_dead` to remove.

    def _start_guard(self):
        self._walkers = 0
        self._doomed = []

    # Each iteration over data is a generator that calls _enter before its
    # first step and _leave when it ends or is dropped.
    def _enter(self):
        self._walkers += 1

    def _leave(self):
        self._walkers -= 1
        if not self._walkers and self._doomed:
            self._flush_doomed()

    def _settle(self):
        if self._doomed and not self._walkers:
            self._flush_doomed()

    def _flush_doomed(self):
        doomed, self._doomed = self._doomed, []
        for token in doomed:
            self._drop_dead(token)

    def __len__(self):
        return len(self.data) - len(self._doomed)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __copy__(self):
        return self.copy()

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


def _entry_remover(owner_ref, drop_now):
    # The callback of a container's weak references: drops the entry of
    # the reference that died, or notes it while an iteration runs.
    def dead(wr):
        owner = owner_ref()
        if owner is None:
            return
        if owner._walkers:
            owner._doomed.append(wr)
        else:
            drop_now(owner, wr)
    return dead


class WeakValueDictionary(_Guarded, _collections_abc.MutableMapping):
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    # data maps each key to a KeyedRef to its value; the ref's key names
    # the entry to drop when the value dies.

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._start_guard()
        self._on_death = _entry_remover(
            ref(self), WeakValueDictionary._drop_dead)
        self.update(other, **kw)

    def _drop_dead(self, wr):
        # Only if the entry still holds this dead reference: the key may
        # have been given a new value since.
        _remove_dead_weakref(self.data, wr.key)

    def _value_ref(self, key, value):
        return KeyedRef(value, self._on_death, key)

    def __getitem__(self, key):
        self._settle()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = self._value_ref(key, value)

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def _live_pairs(self):
        for key, wr in self.data.items():
            value = wr()
            if value is not None:
                yield key, value

    def items(self):
        self._enter()
        try:
            yield from self._live_pairs()
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for key, value in self._live_pairs():
                yield key
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for key, value in self._live_pairs():
                yield value
        finally:
            self._leave()

    def itervaluerefs(self):
        """Return an iterator that yields the weak references to the values.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the values around longer than needed.

        """
        self._enter()
        try:
            yield from self.data.values()
        finally:
            self._leave()

    def valuerefs(self):
        """Return a list of weak references to the values.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the values around longer than needed.

        """
        self._settle()
        return list(self.data.values())

    def copy(self):
        self._settle()
        twin = type(self)()
        for key, value in list(self._live_pairs()):
            twin[key] = value
        return twin

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._settle()
        twin = type(self)()
        for key, value in list(self._live_pairs()):
            twin[deepcopy(key, memo)] = value
        return twin

    def pop(self, key, *args):
        self._settle()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        self._settle()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            self._settle()
            self.data[key] = self._value_ref(key, default)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        self._settle()
        pairs = []
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            pairs = other.items()
        for key, value in itertools.chain(pairs, kwargs.items()):
            self.data[key] = self._value_ref(key, value)


class WeakKeyDictionary(_Guarded, _collections_abc.MutableMapping):
    """ Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key. This can be used to
    associate additional data with an object owned by other parts of
    an application without adding attributes to those objects. This
    can be especially useful with objects that override attribute
    accesses.
    """

    # data maps a weak reference to each key to its value: a live ref
    # hashes and compares as its key does, so a fresh ref(key) finds the
    # entry; a dead one equals only itself, which is how its callback
    # finds the entry to drop.

    def __init__(self, dict=None):
        self.data = {}
        self._start_guard()
        self._on_death = _entry_remover(
            ref(self), WeakKeyDictionary._drop_dead)
        if dict is not None:
            self.update(dict)

    def _drop_dead(self, wr):
        self.data.pop(wr, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self._settle()
        self.data[ref(key, self._on_death)] = value

    def __delitem__(self, key):
        self._settle()
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def _live_pairs(self):
        for wr, value in self.data.items():
            key = wr()
            if key is not None:
                yield key, value

    def items(self):
        self._enter()
        try:
            yield from self._live_pairs()
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for key, value in self._live_pairs():
                yield key
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for key, value in self._live_pairs():
                yield value
        finally:
            self._leave()

    def keyrefs(self):
        """Return a list of weak references to the keys.

        The references are not guaranteed to be 'live' at the time
        they are used, so the result of calling the references needs
        to be checked before being used.  This can be used to avoid
        creating references that will cause the garbage collector to
        keep the keys around longer than needed.

        """
        return list(self.data)

    def copy(self):
        twin = type(self)()
        for key, value in list(self._live_pairs()):
            twin[key] = value
        return twin

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in list(self._live_pairs()):
            twin[key] = deepcopy(value, memo)
        return twin

    def pop(self, key, *args):
        self._settle()
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._settle()
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        self._settle()
        return self.data.setdefault(ref(key, self._on_death), default)

    def update(self, dict=None, /, **kwargs):
        self._settle()
        pairs = []
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            pairs = dict.items()
        for key, value in itertools.chain(pairs, kwargs.items()):
            self.data[ref(key, self._on_death)] = value


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    # Each live finalizer has an entry in _pending: finalizer -> its
    # _Entry (the weak reference to obj, what to call, the creation
    # number that orders the calls at exit, and the atexit flag).  The
    # weak reference's callback is the finalizer itself.  The finalizer
    # is dead once its entry is gone, whoever removed it.

    __slots__ = ()
    _pending = {}
    _serial = itertools.count()
    _hooked_atexit = False
    _exiting = False

    class _Entry:
        __slots__ = ("obj_ref", "func", "args", "kwargs", "order", "atexit")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked_atexit:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._hooked_atexit = True
        entry = finalize._Entry()
        entry.obj_ref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs or None
        entry.order = next(finalize._serial)
        entry.atexit = True
        finalize._pending[self] = entry

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        entry = finalize._pending.pop(self, None)
        if entry is not None and not finalize._exiting:
            return entry.func(*entry.args, **(entry.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        entry = finalize._pending.get(self)
        obj = entry and entry.obj_ref()
        if obj is not None and finalize._pending.pop(self, None):
            return (obj, entry.func, entry.args, entry.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        entry = finalize._pending.get(self)
        obj = entry and entry.obj_ref()
        if obj is not None:
            return (obj, entry.func, entry.args, entry.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in finalize._pending

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        entry = finalize._pending.get(self)
        return bool(entry) and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._pending.get(self)
        if entry:
            entry.atexit = bool(value)

    def __repr__(self):
        entry = finalize._pending.get(self)
        obj = entry and entry.obj_ref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _run_at_exit(cls):
        # The finalizers still alive whose atexit flag is set run, newest
        # first; the collector stays off meanwhile, so that no finalizer
        # runs from a collection while they do.
        import gc
        reenable = False
        try:
            if cls._pending:
                reenable = gc.isenabled()
                if reenable:
                    gc.disable()
                # rounds, for the finalizers that finalizers create
                while True:
                    due = sorted(((entry.order, fin)
                                  for fin, entry in cls._pending.items()
                                  if entry.atexit), reverse=True)
                    if not due:
                        break
                    for _, fin in due:
                        if fin.atexit:
                            try:
                                fin()
                            except Exception:
                                sys.excepthook(*sys.exc_info())
        finally:
            cls._exiting = True
            if reenable:
                gc.enable()
