"""The import system's Python interface: import_module, reload,
invalidate_caches.

cipy's own: finding and loading run in C (src/runtime/import.c); the
objects and helpers programs see live in _frozen_importlib and
_frozen_importlib_external, which this package exposes under CPython's
names.
"""

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
import sys

sys.modules.setdefault("importlib._bootstrap", _bootstrap)
sys.modules.setdefault("importlib._bootstrap_external", _bootstrap_external)
# As in CPython, the frozen modules take the names of this package's
# submodules once it is imported.
for _frozen, _name in ((_bootstrap, "_bootstrap"),
                       (_bootstrap_external, "_bootstrap_external")):
    _frozen.__name__ = "importlib." + _name
    _frozen.__package__ = "importlib"
del _frozen, _name

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

_builtin_import = __import__


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Import a module (what the import statement calls)."""
    return _builtin_import(name, globals, locals, fromlist, level)


# name -> module for the reloads under way: a module that reloads itself
# while it runs gets itself back
_in_progress = {}


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented)."""
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
    return _bootstrap._gcd_import(name[level:], package, level)


def _reload_name(module):
    # the spec's name, else __name__
    for attribute in ("__spec__", "__name__"):
        try:
            value = getattr(module, attribute)
            return value.name if attribute == "__spec__" else value
        except AttributeError:
            continue
    raise TypeError("reload() argument must be a module")


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    name = _reload_name(module)
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _in_progress:
        return _in_progress[name]
    _in_progress[name] = module
    try:
        search_path = None
        parent_name = name.rpartition(".")[0]
        if parent_name:
            if parent_name not in sys.modules:
                raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name)
            search_path = sys.modules[parent_name].__path__
        module.__spec__ = spec = _bootstrap._find_spec(name, search_path, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._exec(spec, module)
        # the module may have put something else in its place
        return sys.modules[name]
    finally:
        _in_progress.pop(name, None)
