"""Utilities to support packages."""

# cipy's own.  Listing a directory's modules goes through _imp's small file
# helpers, so that pkgutil does not need os; the zip archives that
# zipimport serves are listed from its table of members.

import importlib
import importlib.machinery
import importlib.util
import sys

__all__ = ["get_importer", "iter_importers", "walk_packages", "iter_modules", "get_data", "read_code",
           "extend_path", "ModuleInfo"]


class ModuleInfo(tuple):
    """A namedtuple with minimal info about a module."""

    __slots__ = ()
    _fields = ("module_finder", "name", "ispkg")
    _field_defaults = {}
    __match_args__ = _fields

    def __new__(cls, module_finder, name, ispkg):
        return tuple.__new__(cls, (module_finder, name, ispkg))

    module_finder = property(lambda self: self[0], doc="Alias for field number 0")
    name = property(lambda self: self[1], doc="Alias for field number 1")
    ispkg = property(lambda self: self[2], doc="Alias for field number 2")

    def __repr__(self):
        return "ModuleInfo(" + ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self)) + ")"

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 3:
            raise TypeError(f"Expected 3 arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, /, **changes):
        values = [changes.pop(f, v) for f, v in zip(self._fields, self)]
        if changes:
            raise TypeError(f"Got unexpected field names: {list(changes)!r}")
        return self._make(values)

    __replace__ = _replace

    def __getnewargs__(self):
        return tuple(self)


def read_code(stream):
    # a .pyc image: the magic number, 12 bytes of flags and source stamp,
    # then the marshalled code; another magic number gives None
    import _imp
    magic = stream.read(4)
    if magic != importlib.util.MAGIC_NUMBER:
        return None
    header = stream.read(12)
    body = stream.read()
    if len(header) < 12 or not body:
        raise EOFError("EOF read where object expected")
    return _imp._code_from_pyc(magic + header + body, "<stream>", "<stream>")


def get_importer(path_item):
    """Retrieve a finder for the given path item

The returned finder is cached in sys.path_importer_cache
if it was newly created by a path hook.

The cache (or part of it) can be cleared manually if a
rescan of sys.path_hooks is necessary.
"""
    if not isinstance(path_item, str):
        path_item = importlib._bootstrap_external._fspath(path_item)
    cache = sys.path_importer_cache
    if path_item in cache:
        return cache[path_item]
    for hook in sys.path_hooks:
        try:
            finder = hook(path_item)
        except ImportError:
            continue
        return cache.setdefault(path_item, finder)
    return None


def iter_importers(fullname=""):
    """Yield finders for the given module name

If fullname contains a '.', the finders will be for the package
containing fullname, otherwise they will be all registered top level
finders (i.e. those on both sys.meta_path and sys.path_hooks).

If the named module is in a package, that package is imported as a side
effect of invoking this function.

If no module name is specified, all top level finders are produced.
"""
    if fullname.startswith("."):
        raise ImportError(f"Relative module name {fullname!r} not supported")
    package = fullname.rpartition(".")[0]
    if package:
        entries = getattr(importlib.import_module(package), "__path__", None)
        if entries is None:
            return
    else:
        yield from sys.meta_path
        entries = sys.path
    for entry in entries:
        yield get_importer(entry)


def _strip_suffix(filename, suffixes):
    """filename without the longest of suffixes it ends with (and is more
    than), or None."""
    best = None
    for suffix in suffixes:
        if filename.endswith(suffix) and len(filename) > len(suffix):
            if best is None or len(suffix) > len(best):
                best = suffix
    return None if best is None else filename[:-len(best)]


def _is_package_dir(path, suffixes):
    import _imp
    try:
        names = _imp._listdir(path)
    except OSError:
        return False
    return any(_strip_suffix(n, suffixes) == "__init__" for n in names)


def _directory_modules(finder, prefix):
    # (name, ispkg) for a FileFinder's directory, in the order of the names
    import _imp
    where = finder.path
    if where is None or not _imp._isdir(where):
        return
    try:
        names = sorted(_imp._listdir(where))
    except OSError:
        return
    suffixes = importlib.machinery.all_suffixes()
    done = set()
    for filename in names:
        module = _strip_suffix(filename, suffixes)
        package = False
        if module is None:
            # a directory with an __init__ is a package
            full = where + "/" + filename
            if "." in filename or not _imp._isdir(full) or not _is_package_dir(full, suffixes):
                continue
            module, package = filename, True
        if module == "__init__" or "." in module or module in done:
            continue
        done.add(module)
        yield prefix + module, package


def _zip_modules(finder, prefix):
    # (name, ispkg) for the directory of a zip archive that a zipimporter
    # serves: packages have a DIR/__init__ member
    suffixes = importlib.machinery.all_suffixes()
    inside = finder.prefix
    done = set()
    for member in sorted(finder._get_files()):
        if not member.startswith(inside):
            continue
        parts = member[len(inside):].split("/")
        if len(parts) == 2 and parts[1].startswith("__init__.py"):
            if parts[0] not in done:
                done.add(parts[0])
                yield prefix + parts[0], True
            continue
        if len(parts) != 1:
            continue
        module = _strip_suffix(parts[0], suffixes)
        if module and module != "__init__" and "." not in module and module not in done:
            done.add(module)
            yield prefix + module, False


def iter_importer_modules(importer, prefix=''):
    if hasattr(importer, "iter_modules"):
        return importer.iter_modules(prefix)
    if isinstance(importer, importlib.machinery.FileFinder):
        return _directory_modules(importer, prefix)
    import zipimport
    if isinstance(importer, zipimport.zipimporter):
        return _zip_modules(importer, prefix)
    return []


def iter_modules(path=None, prefix=''):
    """Yields ModuleInfo for all submodules on path,
or, if path is None, all top-level modules on sys.path.

'path' should be either None or a list of paths to look for
modules in.

'prefix' is a string to output on the front of every module name
on output.
"""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        finders = (get_importer(entry) for entry in path)
    listed = set()
    for finder in finders:
        for name, package in iter_importer_modules(finder, prefix):
            if name not in listed:
                listed.add(name)
                yield ModuleInfo(finder, name, package)


def walk_packages(path=None, prefix='', onerror=None):
    """Yields ModuleInfo for all modules recursively
on path, or, if path is None, all accessible modules.

'path' should be either None or a list of paths to look for
modules in.

'prefix' is a string to output on the front of every module name
on output.

Note that this function must import all *packages* (NOT all
modules!) on the given path, in order to access the __path__
attribute to find submodules.

'onerror' is a function which gets called with one argument (the
name of the package which was being imported) if any exception
occurs while trying to import a package.  If no onerror function is
supplied, ImportErrors are caught and ignored, while all other
exceptions are propagated, terminating the search.

Examples:

# list all modules python can access
walk_packages()

# list all submodules of ctypes
walk_packages(ctypes.__path__, ctypes.__name__+'.')
"""
    return _walk(path, prefix, onerror)


def _walk(path, prefix, onerror):
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except Exception as exc:
            if onerror is not None:
                onerror(info.name)
            elif not isinstance(exc, ImportError):
                raise
            continue
        # a directory listed twice in the package's __path__ is walked once
        subpath = list(dict.fromkeys(getattr(sys.modules[info.name], "__path__", None) or []))
        yield from _walk(subpath, info.name + ".", onerror)


def get_data(package, resource):
    """Get a resource from a package.

This is a wrapper round the PEP 302 loader get_data API. The package
argument should be the name of a package, in standard module format
(foo.bar). The resource argument should be in the form of a relative
filename, using '/' as the path separator. The parent directory name '..'
is not allowed, and nor is a rooted name (starting with a '/').

The function returns a binary string, which is the contents of the
specified resource.

For packages located in the filesystem, which have already been imported,
this is the rough equivalent of

    d = os.path.dirname(sys.modules[package].__file__)
    data = open(os.path.join(d, resource), 'rb').read()

If the package cannot be located or loaded, or it uses a PEP 302 loader
which does not support get_data(), then None is returned.
"""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.loader is None or not hasattr(spec.loader, "get_data"):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    filename = getattr(module, "__file__", None)
    if filename is None:
        return None
    return spec.loader.get_data("/".join([filename.rpartition("/")[0], *resource.split("/")]))


def extend_path(path, name):
    """Extend a package's path.

Intended use is to place the following code in a package's __init__.py:

    from pkgutil import extend_path
    __path__ = extend_path(__path__, __name__)

For each directory on sys.path that has a subdirectory that
matches the package name, add the subdirectory to the package's
__path__.  This is useful if one wants to distribute different
parts of a single logical package as multiple directories.

It also looks for *.pkg files beginning where * matches the name
argument.  This feature is similar to *.pth files (see site.py),
except that it doesn't special-case lines starting with 'import'.
A *.pkg file is trusted at face value: apart from checking for
duplicates, all entries found in a *.pkg file are added to the
path, regardless of whether they are exist the filesystem.  (This
is a feature.)

If the input path is not a list (as is the case for frozen
packages) it is returned unchanged.  The input path is not
modified; an extended copy is returned.  Items are only appended
to the copy at the end.

It is assumed that sys.path is a sequence.  Items of sys.path that
are not (unicode or 8-bit) strings referring to existing
directories are ignored.  Unicode items of sys.path that cause
errors when used as filenames may cause this function to raise an
exception (in line with os.path.isdir() behavior).
"""
    if not isinstance(path, list):
        return path
    import _imp
    parent, _, last = name.rpartition(".")
    if parent:
        try:
            places = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        places = sys.path
    extended = list(path)
    for place in places:
        if not isinstance(place, str):
            continue
        portion = place + "/" + last if place else last
        if _imp._isdir(portion) and portion not in extended:
            extended.append(portion)
        listing = (place + "/" if place else "") + name + ".pkg"
        if _imp._isfile(listing):
            try:
                text = _imp._read_file(listing).decode()
            except OSError as exc:
                sys.stderr.write(f"Can't open {listing}: {exc}\n")
                continue
            for line in text.splitlines():
                if line and not line.startswith("#"):
                    extended.append(line)
    return extended


def resolve_name(name):
    """
Resolve a name to an object.

It is expected that `name` will be a string in one of the following
formats, where W is shorthand for a valid Python identifier and dot stands
for a literal period in these pseudo-regexes:

W(.W)*
W(.W)*:(W(.W)*)?

The first form is intended for backward compatibility only. It assumes that
some part of the dotted name is a package, and the rest is an object
somewhere within that package, possibly nested inside other objects.
Because the place where the package stops and the object hierarchy starts
can't be inferred by inspection, repeated attempts to import must be done
with this form.

In the second form, the caller makes the division point clear through the
provision of a single colon: the dotted name to the left of the colon is a
package to be imported, and the dotted name to the right is the object
hierarchy within that package. Only one import is needed in this form. If
it ends with the colon, then a module object is returned.

The function will return an object (which might be a module), or raise one
of the following exceptions:

ValueError - if `name` isn't in a recognised format
ImportError - if an import failed when it shouldn't have
AttributeError - if a failure occurred when traversing the object hierarchy
                 within the imported package to get to the desired object.
"""
    if not isinstance(name, str) or not _well_formed(name):
        if not isinstance(name, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(name).__name__}'")
        raise ValueError(f"invalid format: {name!r}")
    module_part, colon, attribute_part = name.partition(":")
    if colon:
        target = importlib.import_module(module_part)
        attributes = attribute_part.split(".") if attribute_part else []
    else:
        # import as long a prefix of the dotted name as there are modules
        pieces = name.split(".")
        module_name = pieces[0]
        target = importlib.import_module(module_name)
        taken = 1
        for piece in pieces[1:]:
            try:
                target = importlib.import_module(f"{module_name}.{piece}")
            except ImportError:
                break
            module_name = f"{module_name}.{piece}"
            taken += 1
        attributes = pieces[taken:]
    for attribute in attributes:
        target = getattr(target, attribute)
    return target


def _well_formed(name):
    module_part, colon, attribute_part = name.partition(":")
    dotted = lambda text: all(p.isidentifier() for p in text.split("."))
    return dotted(module_part) and (not attribute_part or dotted(attribute_part))
