"""Utilities for the import system's packages: listing their modules,
reading their data, resolving dotted names.

cipy's own."""

import importlib
import importlib.machinery
import importlib.util
import sys

__all__ = ["get_importer", "iter_importers", "walk_packages", "iter_modules", "get_data", "read_code",
           "extend_path", "ModuleInfo", "resolve_name"]


class ModuleInfo(tuple):
    """A namedtuple with minimal info about a module."""

    __slots__ = ()
    _fields = ("module_finder", "name", "ispkg")

    def __new__(cls, module_finder, name, ispkg):
        return tuple.__new__(cls, (module_finder, name, ispkg))

    module_finder = property(lambda self: self[0], doc="Alias for field number 0")
    name = property(lambda self: self[1], doc="Alias for field number 1")
    ispkg = property(lambda self: self[2], doc="Alias for field number 2")

    def __repr__(self):
        return "ModuleInfo(module_finder=%r, name=%r, ispkg=%r)" % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(field, value) for field, value in zip(self._fields, self)]
        if changes:
            raise TypeError("Got unexpected field names: %r" % list(changes))
        return ModuleInfo(*values)

    def __getnewargs__(self):
        return tuple(self)


def read_code(stream):
    raise NotImplementedError("cipy has no marshal module yet")


def get_importer(path_item):
    """The finder of sys.path entry path_item, from sys.path_importer_cache
    or made by the first of sys.path_hooks that accepts it (None if none
    does); cached in sys.path_importer_cache."""
    if not isinstance(path_item, str):
        path_item = importlib._bootstrap_external._fspath(path_item)
    try:
        importer = sys.path_importer_cache[path_item]
    except KeyError:
        for path_hook in sys.path_hooks:
            try:
                importer = path_hook(path_item)
                sys.path_importer_cache.setdefault(path_item, importer)
                break
            except ImportError:
                pass
        else:
            importer = None
    return importer


def iter_importers(fullname=""):
    """The finders for fullname: those of sys.meta_path, then those of the
    entries of sys.path (of its package's __path__ for a submodule)."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if "." in fullname:
        pkg_name = fullname.rpartition(".")[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, "__path__", None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def _iter_file_finder_modules(importer, prefix=""):
    if importer.path is None or not importlib._bootstrap_external._imp._isdir(importer.path):
        return
    import _imp
    yielded = {}
    try:
        filenames = _imp._listdir(importer.path)
    except OSError:
        filenames = []
    filenames.sort()
    suffixes = importlib.machinery.all_suffixes()
    for fn in filenames:
        modname = _module_name(fn, suffixes)
        if modname == "__init__" or modname in yielded:
            continue
        path = importer.path + "/" + fn
        ispkg = False
        if not modname and _imp._isdir(path) and "." not in fn:
            modname = fn
            try:
                dircontents = _imp._listdir(path)
            except OSError:
                dircontents = []
            for fn in dircontents:
                if _module_name(fn, suffixes) == "__init__":
                    ispkg = True
                    break
            else:
                continue  # not a package
        if modname and "." not in modname:
            yielded[modname] = 1
            yield prefix + modname, ispkg


def _module_name(filename, suffixes):
    for suffix in sorted(suffixes, key=len, reverse=True):
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return filename[:-len(suffix)]
    return None


def _iter_zipimport_modules(importer, prefix=""):
    """The modules of a zip archive's directory the zipimporter serves:
    packages (a DIR/__init__ member) and modules (a NAME.py or NAME.pyc
    member), in the order of their names."""
    suffixes = importlib.machinery.all_suffixes()
    dirlist = sorted(importer._get_files())
    plen = len(importer.prefix)
    yielded = {}
    for fn in dirlist:
        if not fn.startswith(importer.prefix):
            continue
        parts = fn[plen:].split("/")
        if len(parts) == 2 and parts[1].startswith("__init__.py"):
            if parts[0] not in yielded:
                yielded[parts[0]] = 1
                yield prefix + parts[0], True
        if len(parts) != 1:
            continue
        modname = _module_name(parts[0], suffixes)
        if modname == "__init__":
            continue
        if modname and "." not in modname and modname not in yielded:
            yielded[modname] = 1
            yield prefix + modname, False


def iter_importer_modules(importer, prefix=""):
    """The (name, ispkg) pairs of the modules importer can find."""
    if hasattr(importer, "iter_modules"):
        return importer.iter_modules(prefix)
    if isinstance(importer, importlib.machinery.FileFinder):
        return _iter_file_finder_modules(importer, prefix)
    import zipimport
    if isinstance(importer, zipimport.zipimporter):
        return _iter_zipimport_modules(importer, prefix)
    return []


def iter_modules(path=None, prefix=""):
    """Yields ModuleInfo for all submodules on path,
    or, if path is None, all top-level modules on sys.path.

    'path' should be either None or a list of paths to look for
    modules in.

    'prefix' is a string to output on the front of every module name
    on output.
    """
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    yielded = {}
    for i in importers:
        for name, ispkg in iter_importer_modules(i, prefix):
            if name not in yielded:
                yielded[name] = 1
                yield ModuleInfo(i, name, ispkg)


def walk_packages(path=None, prefix="", onerror=None):
    """Yields ModuleInfo for all modules recursively on path, or, if path
    is None, all accessible modules; each package is imported to walk its
    __path__.  onerror(name) is called for a package whose import raises
    ImportError (other exceptions propagate; without onerror, ImportError
    is ignored)."""

    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                path = getattr(sys.modules[info.name], "__path__", None) or []
                path = [p for p in path if not seen(p)]
                yield from walk_packages(path, info.name + ".", onerror)


def get_data(package, resource):
    """The bytes of resource (a '/'-separated path relative to the
    package's directory) read through the package's loader's get_data;
    None when the loader cannot read data or the package has no file."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, "get_data"):
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not hasattr(mod, "__file__"):
        return None
    parts = resource.split("/")
    parts.insert(0, mod.__file__.rpartition("/")[0])
    resource_name = "/".join(parts)
    return loader.get_data(resource_name)


def extend_path(path, name):
    """Returns path unchanged (cipy: namespace packages cover what this did)."""
    return path


def resolve_name(name):
    """Resolve a name to an object: 'pkg.mod:attr.attr' imports pkg.mod and
    follows the attributes; 'pkg.mod.attr' imports as much of the dotted
    name as it can, then follows attributes.  ValueError for a malformed
    name, ImportError or AttributeError when the object is not there."""
    if not isinstance(name, str):
        raise TypeError("expected string or bytes-like object, got '{}'".format(type(name).__name__))
    if not _valid_name(name):
        raise ValueError("invalid format: {!r}".format(name))
    if ":" in name:
        modname, _, attrs = name.partition(":")
        obj = importlib.import_module(modname)
        parts = attrs.split(".") if attrs else []
    else:
        parts = name.split(".")
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = "{}.{}".format(modname, p)
            try:
                obj = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    for p in parts:
        obj = getattr(obj, p)
    return obj


def _valid_name(name):
    """Whether name is dotted identifiers, optionally ':' and dotted
    identifiers (or nothing) after it."""
    if not isinstance(name, str):
        return False
    module, colon, attrs = name.partition(":")
    if not all(part.isidentifier() for part in module.split(".")):
        return False
    if colon and attrs and not all(part.isidentifier() for part in attrs.split(".")):
        return False
    return True
