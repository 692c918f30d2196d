"""Core implementation of import.

cipy's own: the module specs and the two loaders of the modules cipy
provides, built-in (written in C) and frozen (our Python library, lib/).
Finding and loading themselves are done in C (src/runtime/import.c), which
gives every module it makes a spec from here.
"""

import _imp
import sys


class ModuleSpec:
    """The specification for a module, used for loading.

    `name` is the module's absolute name, `loader` what loads it, `origin`
    where it comes from ("built-in", "frozen", a file name) and
    `submodule_search_locations` a list for a package, else None.
    """

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        # (the private attributes CPython's specs have, under the same names:
        # programs that look at vars(spec) see the same keys)
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        shown = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            shown.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            shown.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{type(self).__name__}({', '.join(shown)})"

    _COMPARED = ("name", "loader", "origin", "submodule_search_locations", "cached", "has_location")

    def __eq__(self, other):
        try:
            return all(getattr(self, a) == getattr(other, a) for a in self._COMPARED)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        # worked out from origin on first use, for a spec with a location
        if self._cached is None and self._set_fileattr and self.origin is not None:
            external = sys.modules["_frozen_importlib_external"]
            self._cached = external._get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Meta path import for built-in modules.

    All methods are either class or static methods to avoid the need to
    instantiate the class.

    """

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        """Create a built-in module"""
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f"{spec.name!r} is not a built-in module", name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        """Exec a built-in module"""
        _imp.exec_builtin(module)

    @classmethod
    def get_code(cls, fullname):
        """Return None as built-in modules do not have code objects."""
        return None

    @classmethod
    def get_source(cls, fullname):
        """Return None as built-in modules do not have source code."""
        return None

    @classmethod
    def is_package(cls, fullname):
        """Return False as built-in modules are never packages."""
        if not _imp.is_builtin(fullname):
            raise ImportError(f"{fullname!r} is not a built-in module", name=fullname)
        return False


class FrozenImporter:
    """Meta path import for frozen modules.

    All methods are either class or static methods to avoid the need to
    instantiate the class.

    """

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN, is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        """Set __file__, if able."""
        return type(sys)(spec.name)

    @staticmethod
    def exec_module(module):
        code = _imp.get_frozen_object(module.__spec__.name)
        _imp._run_code(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        """Return the code object for the frozen module."""
        _require_frozen(fullname)
        return _imp.get_frozen_object(fullname)

    @classmethod
    def get_source(cls, fullname):
        """Return None as frozen modules do not have source code."""
        return None

    @classmethod
    def is_package(cls, fullname):
        """Return True if the frozen module is a package."""
        _require_frozen(fullname)
        return _imp.is_frozen_package(fullname)


def _require_frozen(fullname):
    if not _imp.is_frozen(fullname):
        raise ImportError(f"{fullname!r} is not a frozen module", name=fullname)


def _new_module(name):
    return type(sys)(name)


def _namespace_loader(spec, module):
    # a namespace package's spec made by hand gets its loader when its
    # module is set up
    external = sys.modules["_frozen_importlib_external"]
    loader = external.NamespaceLoader.__new__(external.NamespaceLoader)
    loader._path = spec.submodule_search_locations
    spec.loader = loader
    module.__file__ = None
    return loader


def _init_module_attrs(spec, module, override=False):
    """Sets the import-related attributes of module from spec (those not
    set yet, or all of them with override), as the import system does."""

    def missing(attribute):
        return override or getattr(module, attribute, None) is None

    def put(attribute, value):
        try:
            setattr(module, attribute, value)
        except AttributeError:
            pass  # a module object that refuses: left as it is

    if missing("__name__"):
        put("__name__", spec.name)
    if missing("__loader__"):
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = _namespace_loader(spec, module)
        put("__loader__", loader)
    if missing("__package__"):
        put("__package__", spec.parent)
    put("__spec__", spec)
    if spec.submodule_search_locations is not None and missing("__path__"):
        put("__path__", spec.submodule_search_locations)
    if spec.has_location:
        if missing("__file__"):
            put("__file__", spec.origin)
        if missing("__cached__") and spec.cached is not None:
            put("__cached__", spec.cached)
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    loader = spec.loader
    if hasattr(loader, "create_module"):
        module = loader.create_module(spec)
    elif hasattr(loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    else:
        module = None
    return _init_module_attrs(spec, _new_module(spec.name) if module is None else module)


def _find_spec(name, path, target=None):
    """Find a module's spec."""
    finders = sys.meta_path
    if finders is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    already_there = name in sys.modules
    for finder in finders:
        find = getattr(finder, "find_spec", None)
        if find is None:
            continue
        spec = find(name, path, target)
        if spec is None:
            continue
        if already_there or name not in sys.modules:
            return spec
        # the module appeared while the finder ran: its own spec wins
        own = getattr(sys.modules[name], "__spec__", None)
        return spec if own is None else own
    return None


def _exec(spec, module):
    """Execute the spec's specified module in an existing module's namespace."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name!r} not in sys.modules", name=name)
    try:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is None:
            raise ImportError("missing loader", name=name)
        _init_module_attrs(spec, module, override=True)
        if loader is not None:
            if hasattr(loader, "exec_module"):
                loader.exec_module(module)
            else:
                loader.load_module(name)
    finally:
        # whatever the module left in sys.modules moves to the end
        sys.modules[name] = sys.modules.pop(name)
    return sys.modules[name]


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    pieces = package.rsplit(".", level - 1)
    if len(pieces) < level:
        raise ImportError("attempted relative import beyond top-level package")
    return f"{pieces[0]}.{name}" if name else pieces[0]


def _sanity_check(name, package, level):
    """Verify arguments are "sane"."""
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0 and not isinstance(package, str):
        raise TypeError("__package__ not set to a string")
    if level > 0 and not package:
        raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def _gcd_import(name, package=None, level=0):
    """Import and return the module based on its name, the package the call
    is being made from, and the level adjustment."""
    _sanity_check(name, package, level)
    absolute = _resolve_name(name, package, level) if level > 0 else name
    # the import machinery is in C; what is returned is the module itself,
    # not its top-level package
    __import__(absolute)
    return sys.modules[absolute]
