"""Abstract base classes related to import: the machinery's finders and
loaders are registered with them, as in CPython."""

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
import _imp
import abc

__all__ = ["Loader", "MetaPathFinder", "PathEntryFinder", "ResourceLoader", "InspectLoader", "ExecutionLoader",
           "FileLoader", "SourceLoader"]


class Loader(metaclass=abc.ABCMeta):
    """What makes and runs modules."""

    def create_module(self, spec):
        """The module to run the code in, or None for a plain new module."""
        return None

    def load_module(self, fullname):
        """The older way of loading: refused by loaders of today."""
        if not hasattr(self, "exec_module"):
            raise ImportError
        raise ImportError("cipy cannot load a module through load_module() of a loader with exec_module()")


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder of sys.meta_path."""

    def invalidate_caches(self):
        """Forgets what the finder keeps (importlib.invalidate_caches())."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """The finder of one entry of sys.path, made by a path hook."""

    def invalidate_caches(self):
        """Forgets what the finder keeps (PathFinder.invalidate_caches())."""


class ResourceLoader(Loader):
    """A loader that reads data from where its modules are."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes at path (a str); OSError when there are none."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can tell about its modules."""

    def is_package(self, fullname):
        """Whether module fullname is a package (ImportError when the loader
        has no such module)."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """data (anything compile() takes) compiled as a module's code."""
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        """The code object of module fullname, compiled from get_source()
        (None when there is no source)."""
        text = self.get_source(fullname)
        return None if text is None else self.source_to_code(text)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The source of module fullname as a str (ImportError when the
        loader has no such module)."""
        raise ImportError

    def exec_module(self, module):
        """Runs the module's code in it."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError("cannot load module {!r} when get_code() returns None".format(module.__name__))
        _imp._run_code(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """A loader whose modules can also run as scripts."""

    def get_code(self, fullname):
        """The code object of module fullname, compiled from get_source()
        with get_filename() as its file name when the loader has one."""
        text = self.get_source(fullname)
        if text is None:
            return None
        try:
            where = (self.get_filename(fullname),)
        except ImportError:
            where = ()
        return self.source_to_code(text, *where)

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The __file__ of module fullname (ImportError when the loader has
        no such module)."""
        raise ImportError


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of modules in files."""


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader of modules from their source (cipy: from their compiled form)."""


for _finder in (_bootstrap.BuiltinImporter, _bootstrap.FrozenImporter, _bootstrap_external.PathFinder):
    MetaPathFinder.register(_finder)
PathEntryFinder.register(_bootstrap_external.FileFinder)
for _loader in (_bootstrap.BuiltinImporter, _bootstrap.FrozenImporter, _bootstrap_external.NamespaceLoader):
    InspectLoader.register(_loader)
ExecutionLoader.register(_bootstrap_external.ExtensionFileLoader)
FileLoader.register(_bootstrap_external.SourceFileLoader)
FileLoader.register(_bootstrap_external.SourcelessFileLoader)
SourceLoader.register(_bootstrap_external.SourceFileLoader)
del _finder, _loader
