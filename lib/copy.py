"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.replace(y, a=1, b=2)   # new object with fields replaced, as defined by `__replace__`

For module specific errors, copy.Error is raised.

The difference between shallow and deep copying is only relevant for
compound objects (objects that contain other objects, like lists or
class instances).

- A shallow copy constructs a new compound object and then (to the
  extent possible) inserts *the same objects* into it that the
  original contains.

- A deep copy constructs a new compound object and then, recursively,
  inserts *copies* into it of the objects found in the original.

Two problems often exist with deep copy operations that don't exist
with shallow copy operations:

 a) recursive objects (compound objects that, directly or indirectly,
    contain a reference to themselves) may cause a recursive loop

 b) because deep copy copies *everything* it may copy too much, e.g.
    administrative data structures that should be shared even between
    copies

Python's deep copy operation avoids these problems by:

 a) keeping a table of objects already copied during the current
    copying pass

 b) letting user-defined classes override the copying operation or the
    set of components copied

This version does not copy types like module, class, function, method,
nor stack trace, stack frame, nor file, socket, window, nor any
similar types.

Classes can use the same interfaces to control copying that they use
to control pickling: they can define methods called __getinitargs__(),
__getstate__() and __setstate__().  See the documentation for module
"pickle" for information on these methods.
"""

import types
from copyreg import dispatch_table


class Error(Exception):
    pass

error = Error   # the older name

__all__ = ["Error", "copy", "deepcopy", "replace"]


# Objects of these types are their own copies, deep or shallow: they are
# immutable and hold nothing that a copy would have to duplicate.
_IMMUTABLE = {
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float,
    complex, str, bytes, range, type, property, types.FunctionType,
    types.BuiltinFunctionType, types.CodeType,
}
try:
    from _weakref import ref as _weak_ref
except ImportError:
    pass
else:
    _IMMUTABLE.add(_weak_ref)
    del _weak_ref

# A shallow copy may share these as well: their items are shared anyway.
_SHALLOW_SAME = _IMMUTABLE | {tuple, frozenset, slice, super}

# Built-in containers that copy themselves with their copy() method.
_SELF_COPYING = {list, dict, set, bytearray}


def _reduction(x, cls, kind):
    # How x describes itself for pickling: a registered reduction
    # function first, then __reduce_ex__(4), then __reduce__.
    custom = dispatch_table.get(cls)
    if custom is not None:
        return custom(x)
    reduce_ex = getattr(x, "__reduce_ex__", None)
    if reduce_ex is not None:
        return reduce_ex(4)
    reduce = getattr(x, "__reduce__", None)
    if reduce is not None:
        return reduce()
    raise Error(f"un({kind})copyable object of type {cls}")


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls in _SELF_COPYING:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    own_copy = getattr(cls, "__copy__", None)
    if own_copy is not None:
        return own_copy(x)
    recipe = _reduction(x, cls, "shallow")
    if isinstance(recipe, str):
        # A global name: the object is a singleton.
        return x
    return _rebuild(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _IMMUTABLE:
        return x

    key = id(x)
    if memo is None:
        memo = {}
    else:
        # _nil is a default no caller passes: a marker no memo can hold.
        done = memo.get(key, _nil)
        if done is not _nil:
            return done

    handler = _DEEP_HANDLERS.get(cls)
    if handler is not None:
        result = handler(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        own_deepcopy = getattr(x, "__deepcopy__", None)
        if own_deepcopy is not None:
            result = own_deepcopy(memo)
        else:
            recipe = _reduction(x, cls, "deep")
            result = x if isinstance(recipe, str) else _rebuild(x, memo, *recipe)

    if result is not x:
        memo[key] = result
        _hold(x, memo)
    return result


def _hold(x, memo):
    # The memo is keyed by id(), so every original seen must outlive the
    # copying pass; they are kept in a list stored under the memo's own id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- deep copies of the built-in containers ------------------------------
# A list or dict enters the memo before its items are copied, so an item
# referring back to it finds the copy.

def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    append = result.append
    for item in x:
        append(deepcopy(item, memo))
    return result


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def _deep_tuple(x, memo):
    # A tuple cannot be entered before its items exist; if copying an item
    # copied the tuple itself (through a cycle), that copy is the answer.
    items = [deepcopy(item, memo) for item in x]
    if id(x) in memo:
        return memo[id(x)]
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP_HANDLERS = {
    list: _deep_list,
    dict: _deep_dict,
    tuple: _deep_tuple,
    types.MethodType: _deep_method,
}


# ---- rebuilding from a reduction ----------------------------------------

def _apply_state(obj, state):
    setstate = getattr(obj, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    # object.__getstate__'s shapes: a dict, or (dict or None, slot dict).
    slot_values = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_values = state
    if state is not None:
        obj.__dict__.update(state)
    if slot_values is not None:
        for name, value in slot_values.items():
            setattr(obj, name, value)


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # memo is None for a shallow copy: the parts are then shared.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    made = func(*args)
    if deep:
        memo[id(x)] = made

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _apply_state(made, state)

    if listiter is not None:
        for item in listiter:
            made.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            made[key] = value
    return made


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for immutable objects, like named tuples or
    frozen dataclasses.
    """
    cls = obj.__class__
    hook = getattr(cls, "__replace__", None)
    if hook is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return hook(obj, **changes)
