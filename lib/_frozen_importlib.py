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
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ["name=%r" % (self.name,), "loader=%r" % (self.loader,)]
        if self.origin is not None:
            parts.append("origin=%r" % (self.origin,))
        if self.submodule_search_locations is not None:
            parts.append("submodule_search_locations=%s" % (self.submodule_search_locations,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = sys.modules["_frozen_importlib_external"]._get_cached(self.origin)
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
            raise ImportError("%r is not a built-in module" % (spec.name,), name=spec.name)
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
            raise ImportError("%r is not a built-in module" % (fullname,), name=fullname)
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
        raise ImportError("%r is not a frozen module" % (fullname,), name=fullname)


def _new_module(name):
    return type(sys)(name)


def _init_module_attrs(spec, module, override=False):
    """Sets the import-related attributes of module from spec (those not
    set yet, or all of them with override), as the import system does."""
    if override or getattr(module, "__name__", None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, "__loader__", None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            # a namespace package made by hand gets its loader here
            external = sys.modules["_frozen_importlib_external"]
            loader = external.NamespaceLoader.__new__(external.NamespaceLoader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, "__package__", None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, "__path__", None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, "__file__", None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, "__cached__", None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _find_spec(name, path, target=None):
    """Find a module's spec."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is None:
            continue
        # a module that appeared while the finder ran keeps its own spec
        if not is_reload and name in sys.modules:
            module = sys.modules[name]
            try:
                module_spec = module.__spec__
            except AttributeError:
                return spec
            return spec if module_spec is None else module_spec
        return spec
    return None


def _exec(spec, module):
    """Execute the spec's specified module in an existing module's namespace."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError("module {!r} not in sys.modules".format(name), name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError("missing loader", name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, "exec_module"):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        # the module may have replaced itself in sys.modules
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def _sanity_check(name, package, level):
    """Verify arguments are "sane"."""
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def _gcd_import(name, package=None, level=0):
    """Import and return the module based on its name, the package the call
    is being made from, and the level adjustment."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    # the import machinery in C; the module itself, not its top package
    __import__(name)
    return sys.modules[name]
