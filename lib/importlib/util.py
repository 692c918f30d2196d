"""Utility code for the import system."""

import _imp
import sys
from _frozen_importlib import _find_spec, _resolve_name, module_from_spec, ModuleSpec
from _frozen_importlib_external import (MAGIC_NUMBER, cache_from_source, source_from_cache, spec_from_file_location,
                                        _get_cached)


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    dots = len(name) - len(name.lstrip("."))
    return _resolve_name(name[dots:], package, dots)


def _spec_of_loaded(module, shown_name):
    # the spec of a module already in sys.modules (None there: no spec)
    if module is None:
        return None
    missing = object()
    spec = getattr(module, "__spec__", missing)
    if spec is missing:
        raise ValueError(f"{shown_name}.__spec__ is not set")
    if spec is None:
        raise ValueError(f"{shown_name}.__spec__ is None")
    return spec


def _find_spec_from_path(name, path=None):
    """Return the spec for the specified module (with a parent's path)."""
    if name in sys.modules:
        return _spec_of_loaded(sys.modules[name], name)
    return _find_spec(name, path)


def find_spec(name, package=None):
    """Return the spec for the specified module.

    First, sys.modules is checked to see if the module was already imported. If
    so, then sys.modules[name].__spec__ is returned. If that happens to be
    set to None, then ValueError is raised. If the module is not in
    sys.modules, then sys.meta_path is searched for a suitable spec with the
    value of 'path' given to the finders. None is returned if no spec could
    be found.

    If the name is for submodule (contains a dot), the parent module is
    automatically imported.

    The name and package arguments work the same as importlib.import_module().
    In other words, relative module names (with leading dots) work.

    """
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        # (the error names the module as it was asked for)
        return _spec_of_loaded(sys.modules[fullname], name)
    parent_name = fullname.rpartition(".")[0]
    search_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            search_path = parent.__path__
        except AttributeError as exc:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} while trying "
                                      f"to find {fullname!r}", name=fullname) from exc
    return _find_spec(fullname, search_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


class _LazyModule(type(sys)):
    """The class of a module whose code has not run yet: the first look at
    one of its attributes runs it, then the module becomes what its loader
    made it."""

    def __getattribute__(self, attr):
        spec = object.__getattribute__(self, "__spec__")
        state = spec.loader_state
        if state["is_loading"]:
            # the module's own code, running, reads its attributes
            return object.__getattribute__(self, attr)
        state["is_loading"] = True
        namespace = object.__getattribute__(self, "__dict__")
        # what was set on the module since it was made lazy is kept over
        # what its code sets
        before = state["__dict__"]
        changed = {key: value for key, value in namespace.items()
                   if key not in before or before[key] is not value}
        spec.loader.exec_module(self)
        name = spec.name
        if name in sys.modules and sys.modules[name] is not self:
            raise ValueError("module object for {!r} substituted in sys.modules during a lazy load".format(name))
        namespace.update(changed)
        self.__class__ = state["__class__"]
        return getattr(self, attr)

    def __delattr__(self, attr):
        """Trigger the load and then perform the deletion."""
        self.__getattribute__("__class__")
        delattr(self, attr)


class LazyLoader:
    """A loader that postpones running a module's code until one of its
    attributes is first used."""

    @staticmethod
    def __check_eager_loader(loader):
        if not hasattr(loader, "exec_module"):
            raise TypeError("loader must define exec_module()")

    def __init__(self, loader):
        self.__check_eager_loader(loader)
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        """A callable making the LazyLoader of what loader(*args) makes."""
        cls.__check_eager_loader(loader)
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        """Make the module load lazily."""
        module.__spec__.loader = self.loader
        module.__loader__ = self.loader
        module.__spec__.loader_state = {"__dict__": module.__dict__.copy(), "__class__": module.__class__,
                                        "is_loading": False}
        module.__class__ = _LazyModule
