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

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

_builtin_import = __import__


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Import a module (what the import statement calls)."""
    return _builtin_import(name, globals, locals, fromlist, level)


_RELOADING = {}


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


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition(".")[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError("parent {!r} not in sys.modules".format(parent_name), name=parent_name) from None
            else:
                pkgpath = parent.__path__
        else:
            pkgpath = None
        spec = module.__spec__ = _bootstrap._find_spec(name, pkgpath, module)
        if spec is None:
            raise ModuleNotFoundError("spec not found for the module {!r}".format(name), name=name)
        _bootstrap._exec(spec, module)
        # the module may have replaced itself in sys.modules
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
