"""zipimport provides support for importing Python modules from Zip archives.

This module exports two objects:
- zipimporter: a class; its constructor takes a path to a Zip archive.
- ZipImportError: exception raised by zipimporter objects. It's a
  subclass of ImportError, so it can be caught as ImportError, too.

It is usually not needed to use the zipimport module explicitly; it is
used by the builtin import mechanism for sys.path items that are paths
to Zip archives.
"""

# cipy's own.  The archive's central directory and its members' bytes are
# read in C (src/modules/zipimport.c: _read_directory and _get_data, defined
# in this module before this code runs).  A module comes from a NAME.pyc
# member (a package from NAME/__init__.pyc), else from the NAME.py source
# member, compiled.

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
import _imp
import sys

__all__ = ["ZipImportError", "zipimporter"]

path_sep = "/"
alt_path_sep = ""


class ZipImportError(ImportError):
    pass


# archive path -> {member name: directory entry}, shared by every
# zipimporter of the archive
_zip_directory_cache = {}

# The members that can hold module NAME, best first: (what follows NAME,
# whether it is a package, whether it holds bytecode).
_MEMBER_FORMS = (
    ("/__init__.pyc", True, True),
    ("/__init__.py", True, False),
    (".pyc", False, True),
    (".py", False, False),
)


def _split_archive_path(path):
    """(archive, prefix): the longest leading part of path that is a file,
    and the directory inside it the rest names ('' or ending in '/')."""
    inner = []
    while not _imp._isfile(path):
        if "\0" in path or _imp._isdir(path):
            raise ZipImportError("not a Zip file", path=path)
        head, _, tail = path.rpartition(path_sep)
        if not head or head == path:
            raise ZipImportError("not a Zip file", path=path)
        inner.insert(0, tail)
        path = head
    prefix = path_sep.join(inner)
    return path, prefix + path_sep if prefix else ""


class zipimporter:
    """zipimporter(archivepath) -> zipimporter object

Create a new zipimporter instance. 'archivepath' must be a path to
a zipfile, or to a specific path inside a zipfile. For example, it can be
'/tmp/myimport.zip', or '/tmp/myimport.zip/mydirectory', if mydirectory is a
valid directory inside the archive.

'ZipImportError is raised if 'archivepath' doesn't point to a valid Zip
archive.

The 'archive' attribute of zipimporter objects contains the name of the
zipfile targeted.
"""

    def __init__(self, path):
        if not isinstance(path, str):
            path = _bootstrap_external._fspath(path)
        if not path:
            raise ZipImportError("archive path is empty", path=path)
        archive, prefix = _split_archive_path(path)
        if archive not in _zip_directory_cache:
            _zip_directory_cache[archive] = _read_directory(archive)
        self.archive = archive
        self.prefix = prefix

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'

    # ---- the archive's members -----------------------------------------

    def _get_files(self):
        # the cache may have been cleared (invalidate_caches): read again,
        # and an archive that has gone away has no members
        files = _zip_directory_cache.get(self.archive)
        if files is None:
            try:
                files = _read_directory(self.archive)
            except ZipImportError:
                files = {}
            _zip_directory_cache[self.archive] = files
        return files

    def _base(self, fullname):
        # where module fullname's members start inside the archive
        return self.prefix + fullname.rpartition(".")[2]

    def _forms_present(self, fullname):
        """The (member, is_package, is_bytecode) of fullname the archive
        has, best first."""
        base = self._base(fullname)
        files = self._get_files()
        return [(base + tail, package, bytecode) for tail, package, bytecode in _MEMBER_FORMS
                if base + tail in files]

    def _kind(self, fullname):
        # True: a package, False: a module, ZipImportError: neither
        present = self._forms_present(fullname)
        if not present:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return present[0][1]

    def _read(self, member):
        return _get_data(self.archive, self._get_files()[member])

    def _load(self, fullname):
        """(code, file name) of module fullname, from the first member of it
        that gives code; ZipImportError with the last reason otherwise."""
        reason = None
        for member, _, bytecode in self._forms_present(fullname):
            filename = self._get_files()[member][0]
            data = self._read(member)  # (a damaged archive's error goes out as it is)
            if not bytecode:
                # a source member: universal newlines, compiled as its own file
                text = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n') + b'\n'
                return compile(text, filename, 'exec', dont_inherit=True), filename
            try:
                return _code_of_pyc(data, fullname, filename), filename
            except ImportError as exc:
                reason = exc
        if reason is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        raise ZipImportError(f"module load failed: {reason}", name=fullname) from reason

    def _is_directory(self, name):
        # some member lives below name/
        below = name + path_sep
        return any(member.startswith(below) for member in self._get_files())

    # ---- the finder and loader protocol --------------------------------

    def find_spec(self, fullname, target=None):
        """Create a ModuleSpec for the specified module.

Returns None if the module cannot be found.
"""
        present = self._forms_present(fullname)
        if present:
            is_package = present[0][1]
            return _bootstrap_external.spec_from_file_location(
                fullname, loader=self, submodule_search_locations=[] if is_package else None)
        base = self._base(fullname)
        if not self._is_directory(base):
            return None
        # a directory with no __init__: a portion of a namespace package
        spec = _bootstrap.ModuleSpec(fullname, None, is_package=True)
        spec.submodule_search_locations.append(self.archive + path_sep + base)
        return spec

    def get_code(self, fullname):
        """get_code(fullname) -> code object.

Return the code object for the specified module. Raise ZipImportError
if the module couldn't be imported.
"""
        return self._load(fullname)[0]

    def get_filename(self, fullname):
        """get_filename(fullname) -> filename string.

Return the filename for the specified module or raise ZipImportError
if it couldn't be imported.
"""
        return self._load(fullname)[1]

    def get_data(self, pathname):
        """get_data(pathname) -> string with file data.

Return the data associated with 'pathname'. Raise OSError if
the file wasn't found.
"""
        inside = self.archive + path_sep
        member = pathname[len(inside):] if pathname.startswith(inside) else pathname
        if member not in self._get_files():
            raise OSError(0, "", member)
        return self._read(member)

    def get_source(self, fullname):
        """get_source(fullname) -> source string.

Return the source code for the specified module. Raise ZipImportError
if the module couldn't be found, return None if the archive does
contain the module, but has no source for it.
"""
        source = self._base(fullname) + ("/__init__.py" if self._kind(fullname) else ".py")
        if source not in self._get_files():
            return None
        return self._read(source).decode()

    def is_package(self, fullname):
        """is_package(fullname) -> bool.

Return True if the module specified by fullname is a package.
Raise ZipImportError if the module couldn't be found.
"""
        return self._kind(fullname)

    def get_resource_reader(self, fullname):
        """Return the ResourceReader for a module in a zip file."""
        from importlib.resources import _ZipReader
        return _ZipReader(self, fullname)

    def create_module(self, spec):
        """Use default semantics for module creation."""
        return None

    def exec_module(self, module):
        """Execute the module."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        _imp._run_code(code, module.__dict__)

    def invalidate_caches(self):
        """Invalidates the cache of file data of the archive path."""
        _zip_directory_cache.pop(self.archive, None)


def _code_of_pyc(data, fullname, filename):
    if data[:4] != _bootstrap_external.MAGIC_NUMBER:
        raise ImportError(f"bad magic number in {fullname!r}: {data[:4]!r}", name=fullname, path=filename)
    if len(data) < 16:
        raise EOFError(f"reached EOF while reading pyc header of {fullname!r}")
    return _imp._code_from_pyc(data, fullname, filename)
