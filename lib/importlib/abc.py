"""Abstract base classes related to import.

cipy has no abc module yet: these are plain base classes whose
isinstance() and issubclass() also accept the classes registered with
them (the machinery's finders and loaders, as in CPython)."""

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external

__all__ = ["Loader", "MetaPathFinder", "PathEntryFinder", "ResourceLoader", "InspectLoader", "ExecutionLoader",
           "FileLoader", "SourceLoader"]


class _Registering(type):
    """A metaclass with ABCMeta's register(): a registered class counts as a
    subclass."""

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls._registered = []

    def register(cls, subclass):
        cls._registered.append(subclass)
        return subclass

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        return any(issubclass(subclass, registered) for registered in _registered_with(cls))

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))


def _registered_with(cls):
    """The classes registered with cls and with its subclasses."""
    yield from cls.__dict__.get("_registered", ())
    for subclass in type.__subclasses__(cls):
        yield from _registered_with(subclass)


class Loader(metaclass=_Registering):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load.

        This method should raise ImportError if anything prevents it
        from creating a new module.  It may return None to indicate
        that the spec should create the new module.
        """
        return None

    def load_module(self, fullname):
        """Return the loaded module."""
        if not hasattr(self, "exec_module"):
            raise ImportError
        raise ImportError("cipy cannot load a module through load_module() of a loader with exec_module()")


class MetaPathFinder(metaclass=_Registering):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any.
        This method is used by importlib.invalidate_caches().
        """


class PathEntryFinder(metaclass=_Registering):
    """Abstract base class for path entry finders used by PathFinder."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any.
        This method is used by PathFinder.invalidate_caches().
        """


class ResourceLoader(Loader):
    """Abstract base class for loaders which can return data from their
    back-end storage to facilitate reading data to perform an import."""

    def get_data(self, path):
        """Abstract method which when implemented should return the bytes for
        the specified path.  The path must be a str."""
        raise OSError


class InspectLoader(Loader):
    """Abstract base class for loaders which support inspection about the
    modules they can load."""

    def is_package(self, fullname):
        """Optional method which when implemented should return whether the
        module is a package.  The fullname is a str.  Returns a bool.

        Raises ImportError if the module cannot be found.
        """
        raise ImportError

    def get_code(self, fullname):
        """Method which returns the code object for the module.

        cipy compiles no source: a loader must give its code itself.
        """
        source = self.get_source(fullname)
        if source is None:
            return None
        raise ImportError("cipy runs compiled bytecode and cannot compile the source of " + fullname)

    def get_source(self, fullname):
        """Abstract method which should return the source code for the
        module.  The fullname is a str.  Returns a str.

        Raises ImportError if the module cannot be found.
        """
        raise ImportError

    def exec_module(self, module):
        """Execute the module."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError("cannot load module {!r} when get_code() returns None".format(module.__name__))
        import _imp
        _imp._run_code(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """Abstract base class for loaders that wish to support the execution of
    modules as scripts."""

    def get_filename(self, fullname):
        """Abstract method which should return the value that __file__ is to be
        set to.

        Raises ImportError if the module cannot be found.
        """
        raise ImportError


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class partially implementing the ResourceLoader and
    ExecutionLoader ABCs."""


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """Abstract base class for loading source code (and optionally any
    corresponding bytecode)."""


for _finder in (_bootstrap.BuiltinImporter, _bootstrap.FrozenImporter, _bootstrap_external.PathFinder):
    MetaPathFinder.register(_finder)
PathEntryFinder.register(_bootstrap_external.FileFinder)
for _loader in (_bootstrap.BuiltinImporter, _bootstrap.FrozenImporter):
    InspectLoader.register(_loader)
for _loader in (_bootstrap_external.SourceFileLoader, _bootstrap_external.SourcelessFileLoader,
                _bootstrap_external.ExtensionFileLoader):
    ExecutionLoader.register(_loader)
    ResourceLoader.register(_loader)
Loader.register(_bootstrap_external.NamespaceLoader)
del _finder, _loader
