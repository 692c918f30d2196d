"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

# Three things live here: the registry of reduction functions pickle and
# copy consult before __reduce_ex__ (dispatch_table), the helpers the
# interpreter's object.__reduce_ex__ names in its results (__newobj__,
# __newobj_ex__, _reconstructor, _reduce_ex, _slotnames), and the registry
# of extension codes used by pickle protocol 2.

__all__ = "pickle constructor add_extension remove_extension clear_extension_cache".split()


def _require_callable(obj, what):
    if not callable(obj):
        raise TypeError(f"{what} must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    _require_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked: unpickling finds it through the
    # reduction's result.
    if constructor_ob is not None:
        _require_callable(constructor_ob, "constructors")


def constructor(object):
    _require_callable(object, "constructors")


# ---- reductions of a few built-in types --------------------------------

def pickle_complex(c):
    return (complex, (c.real, c.imag))


def pickle_union(obj):
    from operator import getitem
    return getitem, (type(obj), obj.__args__)


def pickle_super(obj):
    return super, (obj.__thisclass__, obj.__self__)


dispatch_table = {
    complex: pickle_complex,
    type(int | str): pickle_union,
    super: pickle_super,
}


# ---- what object.__reduce_ex__ refers to -------------------------------

def _reconstructor(cls, base, state):
    # Rebuilds an object reduced by _reduce_ex: a bare cls instance whose
    # built-in part (base) is made from state.
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(made, state)
    return made


def _native_base(cls):
    # The nearest class of cls's MRO that the interpreter itself defines:
    # its __new__ is a built-in bound to the class.
    for klass in cls.__mro__:
        maker = klass.__dict__.get("__new__")
        if maker is not None and getattr(maker, "__self__", None) is klass:
            return klass
    return object


def _reduce_ex(self, proto):
    # The reduction of protocols 0 and 1, for object.__reduce_ex__.
    cls = self.__class__
    base = _native_base(cls)
    if base is object:
        native_state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        native_state = base(self)
    args = (cls, base, native_state)

    if (type(self).__getstate__ is object.__getstate__
            and getattr(self, "__slots__", None)):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    state = self.__getstate__()
    return (_reconstructor, args, state) if state else (_reconstructor, args)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, name):
    # A private slot name is stored under the owner's mangled name, as the
    # compiler mangles names in a class body.
    if not name.startswith("__") or name.endswith("__"):
        return name
    prefix = owner.__name__.lstrip("_")
    return f"_{prefix}{name}" if prefix else name


def _slotnames(cls):
    """Return a list of slot names for a given class.

    This needs to find slots defined by the class and its bases, so we
    can't simply return the __slots__ attribute.  We must walk down
    the Method Resolution Order and concatenate the __slots__ of each
    class found there.  (This assumes classes don't modify their
    __slots__ attribute to misrepresent their slots after the class is
    defined.)
    """
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known

    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__")
            if declared is None:
                continue
            if isinstance(declared, str):
                declared = (declared,)
            found.extend(_mangled(klass, name) for name in declared
                         if name not in ("__dict__", "__weakref__"))

    # Kept on the class for next time; a built-in class refuses it.
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# ---- extension codes ---------------------------------------------------
# Pickle protocol 2 can name a registered (module, name) pair by a small
# integer.  Codes 1-127 are reserved for Python's own use, 128-191 for
# applications, 192-239 for third parties, 240-255 for private use.

# (module, name) -> code, code -> (module, name), code -> object
_extension_registry, _inverted_registry, _extension_cache = {}, {}, {}


def add_extension(module, name, code):
    """Register an extension code."""
    key, code = (module, name), int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    registered = _extension_registry.get(key)
    holder = _inverted_registry.get(code)
    if (registered, holder) == (code, key):
        return      # registered already, exactly so
    if registered is not None:
        raise ValueError(f"key {key} is already registered with code {registered}")
    if holder is not None:
        raise ValueError(f"code {code} is already in use for key {holder}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
