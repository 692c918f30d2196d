"""Core implementation of path-based import.

cipy's own: the loaders of modules found in files.  Finding a file and
running it are done in C (src/runtime/import.c), which gives each module it
loads a spec whose loader is one of these.
"""

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
        filename = self.get_filename(fullname).rpartition("/")[2]
        filename_base = filename.rsplit(".", 1)[0]
        tail_name = fullname.rpartition(".")[2]
        return filename_base == "__init__" and tail_name != "__init__"

    def create_module(self, spec):
        """Use default semantics for module creation."""


class SourceLoader:
    pass


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""


class SourcelessFileLoader(FileLoader):
    """Loader which handles sourceless file imports."""
