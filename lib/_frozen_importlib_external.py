"""Core implementation of path-based import.

cipy's own: the loaders of modules found in files.  Finding a file and
running it are done in C (src/runtime/import.c), which gives each module it
loads a spec whose loader is one of these.
"""

import _imp
import sys

BYTECODE_SUFFIXES = [".pyc"]
SOURCE_SUFFIXES = [".py"]
# cipy loads no C extension modules
EXTENSION_SUFFIXES = []

_PYCACHE = "__pycache__"
MAGIC_NUMBER = (3627).to_bytes(2, "little") + b"\r\n"


def _path_join(*parts):
    """Joins path parts with '/', as os.path.join does for non-empty parts."""
    joined = ""
    for part in parts:
        if not part:
            continue
        if part.startswith("/") or not joined:
            joined = part
        else:
            joined = joined.rstrip("/") + "/" + part
    return joined


def _path_split(path):
    """(head, tail) of path at its last '/'."""
    head, sep, tail = path.rpartition("/")
    return head, tail


def _path_isabs(path):
    return path.startswith("/")


def _fspath(path):
    if isinstance(path, str):
        return path
    fspath = getattr(type(path), "__fspath__", None)
    if fspath is not None:
        result = fspath(path)
        if isinstance(result, str):
            return result
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Given the path to a .py file, return the path to its .pyc file."""
    if debug_override is not None:
        if optimization is not None:
            raise TypeError("debug_override or optimization must be set to None")
        optimization = "" if debug_override else 1
    path = _fspath(path)
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition(".")
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    almost_filename = "".join([(base if base else rest), sep, tag])
    if optimization is None:
        optimization = "" if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization != "":
        if not optimization.isalnum():
            raise ValueError("{!r} is not alphanumeric".format(optimization))
        almost_filename = "{}.opt-{}".format(almost_filename, optimization)
    return _path_join(head, _PYCACHE, almost_filename + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    """Given the path to a .pyc. file, return the path to its .py file."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    path = _fspath(path)
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != _PYCACHE:
        raise ValueError("{} not bottom-level directory in {!r}".format(_PYCACHE, path))
    dot_count = pycache_filename.count(".")
    if dot_count not in {2, 3}:
        raise ValueError("expected only 2 or 3 dots in {!r}".format(pycache_filename))
    elif dot_count == 3:
        optimization = pycache_filename.rsplit(".", 2)[-2]
        if not optimization.startswith("opt-"):
            raise ValueError("optimization portion of filename does not start with {!r}".format("opt-"))
        opt_level = optimization[len("opt-"):]
        if not opt_level.isalnum():
            raise ValueError("optimization level {!r} is not an alphanumeric value".format(optimization))
    base_filename = pycache_filename.partition(".")[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _get_cached(filename):
    # a source file's cached bytecode; a bytecode file is its own
    if filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    if not filename.endswith(tuple(SOURCE_SUFFIXES)):
        return None
    try:
        return cache_from_source(filename)
    except NotImplementedError:
        return None


class FileLoader:
    """Base file loader class which implements the loader protocol methods that
    require file system usage."""

    def __init__(self, fullname, path):
        """Cache the module name and the path to the file found by the
        finder."""
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, fullname=None):
        """Return the path to the source file as found by the finder."""
        if fullname is not None and fullname != self.name:
            raise ImportError("loader for %s cannot handle %s" % (self.name, fullname), name=fullname)
        return self.path

    def is_package(self, fullname):
        # a package's file is its directory's __init__ (a module may not be
        # called __init__ itself)
        stem = self.get_filename(fullname).rpartition("/")[2].partition(".")[0]
        return stem == "__init__" and fullname.rpartition(".")[2] != "__init__"

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def get_data(self, path):
        """Return the data from path as raw bytes."""
        return _imp._read_file(_fspath(path))

    def get_code(self, fullname):
        # cipy compiles nothing: the code of a .py comes from its __pycache__
        return _imp._file_code(fullname, self.path)

    def exec_module(self, module):
        """Execute the module."""
        _imp._run_code(self.get_code(module.__name__), module.__dict__)


class SourceLoader:
    def get_source(self, fullname):
        """Concrete implementation of InspectLoader.get_source."""
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError("source not available through get_data()", name=fullname) from exc
        return source_bytes.decode("utf-8")


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""


class SourcelessFileLoader(FileLoader):
    """Loader which handles sourceless file imports."""

    def get_source(self, fullname):
        """Return None as there is no source code."""
        return None


class ExtensionFileLoader(FileLoader):
    """Loader for extension modules (which cipy cannot load)."""

    def create_module(self, spec):
        raise ImportError("cipy cannot load the C extension module {}".format(spec.origin), name=spec.name,
                          path=spec.origin)

    def get_code(self, fullname):
        """Return None as an extension module cannot create a code object."""
        return None

    def get_source(self, fullname):
        """Return None as extension modules have no source code."""
        return None


_POPULATE = object()


def _location_of(name, location, loader):
    # the file name a spec gets: the one given (made absolute), else what
    # the loader says, else '<unknown>'
    if location is not None:
        location = _fspath(location)
        if _path_isabs(location):
            return location
        try:
            return _path_join(_imp._getcwd(), location)
        except OSError:
            return location
    if hasattr(loader, "get_filename"):
        try:
            return loader.get_filename(name)
        except ImportError:
            pass
    return "<unknown>"


def _loader_for(name, location):
    # the file loader whose suffixes end location, made for it; None if none
    for loader_class, suffixes in _get_supported_file_loaders():
        if location.endswith(tuple(suffixes)):
            return loader_class(name, location)
    return None


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    location = _location_of(name, location, loader)
    spec = sys.modules["_frozen_importlib"].ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        loader = spec.loader = _loader_for(name, location)
        if loader is None:
            return None
    if submodule_search_locations is not _POPULATE:
        spec.submodule_search_locations = submodule_search_locations
    elif hasattr(loader, "is_package"):
        # the loader says whether it is a package (and may not know)
        try:
            if loader.is_package(name):
                spec.submodule_search_locations = []
        except ImportError:
            pass
    # a package found here searches its own directory first
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(_path_split(location)[0])
    return spec


def _get_supported_file_loaders():
    return [(ExtensionFileLoader, EXTENSION_SUFFIXES), (SourceFileLoader, SOURCE_SUFFIXES),
            (SourcelessFileLoader, BYTECODE_SUFFIXES)]


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    @staticmethod
    def invalidate_caches():
        """Call the invalidate_caches() method on all path entry finders
        stored in sys.path_importer_cache (where implemented)."""
        cache = sys.path_importer_cache
        # entries for relative paths, and those no finder took, are dropped
        for entry in [e for e, finder in cache.items() if finder is None or not _path_isabs(e)]:
            del cache[entry]
        for finder in list(cache.values()):
            if hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        """Try to find a spec for 'fullname' on sys.path or 'path'."""
        return _imp._path_find_spec(fullname, path)


class _NamespacePath:
    """The __path__ of a namespace package: its portions, the directories
    of that name found along the parent's path (sys.path for a top-level
    package).  When the parent's path changes, the portions are looked for
    again."""

    def __init__(self, name, path, path_finder=None):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._parent_path())
        self._path_finder = path_finder

    def _parent_path(self):
        parent, dot, _ = self._name.rpartition(".")
        if not dot:
            return sys.path
        return sys.modules[parent].__path__

    def _current(self):
        parent_path = tuple(self._parent_path())
        if parent_path != self._last_parent_path:
            portions = _imp._namespace_portions(self._name, parent_path)
            if portions:
                self._path = portions
            self._last_parent_path = parent_path
        return self._path

    def __iter__(self):
        return iter(self._current())

    def __getitem__(self, index):
        return self._current()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._current())

    def __contains__(self, item):
        return item in self._current()

    def __repr__(self):
        return "_NamespacePath(%r)" % (self._path,)

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    """The loader of namespace packages: a module with no code."""

    def __init__(self, name, path, path_finder=None):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class FileFinder:
    """File-based finder: the modules and packages of one directory.

    cipy's search runs in C (it keeps no cache of the directory's names, so
    there is nothing to invalidate)."""

    def __init__(self, path, *loader_details):
        self._loaders = []
        for loader, suffixes in loader_details:
            self._loaders.extend((suffix, loader) for suffix in suffixes)
        if not path or path == ".":
            self.path = _imp._getcwd()
        elif not _path_isabs(path):
            self.path = _path_join(_imp._getcwd(), path)
        else:
            self.path = path

    def invalidate_caches(self):
        """Invalidate the directory mtime."""

    def find_spec(self, fullname, target=None):
        """Try to find a spec for the specified module."""
        spec = _imp._path_find_spec(fullname, [self.path])
        if spec is not None and spec.loader is None:
            # a portion of a namespace package: no loader, its directory
            portion = sys.modules["_frozen_importlib"].ModuleSpec(fullname, None, is_package=True)
            portion.submodule_search_locations = list(spec.submodule_search_locations)
            return portion
        return spec

    @classmethod
    def path_hook(cls, *loader_details):
        """A class method which returns a closure to use on sys.path_hook
        which will return an instance using the specified loaders and the path
        called on the closure."""

        def path_hook_for_FileFinder(path):
            """Path hook for importlib.machinery.FileFinder."""
            if not _imp._isdir(path):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)

        return path_hook_for_FileFinder

    def __repr__(self):
        return "FileFinder({!r})".format(self.path)


def _path_hooks():
    """The hooks start-up puts in sys.path_hooks."""
    import zipimport
    return [zipimport.zipimporter, FileFinder.path_hook(*_get_supported_file_loaders())]
