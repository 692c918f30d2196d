"""Core implementation of path-based import.

cipy's own: the loaders of modules found in files.  Finding a file and
running it are done in C (src/runtime/import.c), which gives each module it
loads a spec whose loader is one of these.
"""

import _imp
import sys

BYTECODE_SUFFIXES = [".pyc"]
SOURCE_SUFFIXES = [".py"]
EXTENSION_SUFFIXES = []


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
        return self.path

    def is_package(self, fullname):
        # a package's file is its directory's __init__ (a module may not be
        # called __init__ itself)
        stem = self.get_filename(fullname).rpartition("/")[2].partition(".")[0]
        return stem == "__init__" and fullname.rpartition(".")[2] != "__init__"

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def get_code(self, fullname):
        # cipy compiles nothing: the code of a .py comes from its __pycache__
        return _imp._file_code(fullname, self.path)

    def exec_module(self, module):
        """Execute the module."""
        _imp._run_code(self.get_code(module.__name__), module.__dict__)


class SourceLoader:
    pass


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""


class SourcelessFileLoader(FileLoader):
    """Loader which handles sourceless file imports."""


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    @staticmethod
    def invalidate_caches():
        """Call the invalidate_caches() method on all path entry finders
        stored in sys.path_importer_cache (where implemented)."""

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
