"""Core implementation of import.

cipy's own: the module specs and the two loaders of the modules cipy
provides, built-in (written in C) and frozen (our Python library, lib/).
Finding and loading themselves are done in C (src/runtime/import.c), which
gives every module it makes a spec from here.
"""

import _imp
import sys

_function = type(lambda: None)


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
        # module-level code run as a function uses its globals as locals
        _function(code, module.__dict__)()

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
