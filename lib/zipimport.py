"""Import modules from zip archives: the zipimporter path hook.

cipy's own.  The central directory and the members' data are read in C
(src/modules/zipimport.c: _read_directory, _get_data, run before this in
the same module).  cipy runs compiled bytecode: a module comes from a
NAME.pyc member (or a package's __init__.pyc); a NAME.py member alone
cannot be run.
"""

import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external
import _imp
import sys

__all__ = ["ZipImportError", "zipimporter"]

path_sep = "/"
alt_path_sep = ""


class ZipImportError(ImportError):
    pass


# archive path -> its directory, shared by the zipimporters of one archive
_zip_directory_cache = {}

# where a module NAME sits in an archive, in the order it is looked for:
# (suffix, is bytecode, is package)
_zip_searchorder = (
    (path_sep + "__init__.pyc", True, True),
    (path_sep + "__init__.py", False, True),
    (".pyc", True, False),
    (".py", False, False),
)


def _is_regular_file(path):
    return _imp._isfile(path)


class zipimporter:
    """zipimporter(archivepath): the finder and loader of the modules in a
    zip archive, or in a directory of one ('app.zip/lib').  ZipImportError
    when the path leads to no zip archive.  `archive` is the archive's
    path, `prefix` the directory inside it ('' or ending with '/')."""

    def __init__(self, path):
        if not isinstance(path, str):
            path = _bootstrap_external._fspath(path)
        if not path:
            raise ZipImportError("archive path is empty", path=path)
        prefix = []
        # the archive is the longest leading part of path that is a file;
        # the rest names a directory inside it
        while True:
            if _is_regular_file(path):
                break
            if _imp._isdir(path) or "\0" in path:
                raise ZipImportError("not a Zip file", path=path)
            dirname, _, basename = path.rpartition(path_sep)
            if not dirname or dirname == path:
                raise ZipImportError("not a Zip file", path=path)
            path = dirname
            prefix.append(basename)
        try:
            files = _zip_directory_cache[path]
        except KeyError:
            files = _read_directory(path)
            _zip_directory_cache[path] = files
        self._files = files
        self.archive = path
        self.prefix = path_sep.join(prefix[::-1])
        if self.prefix:
            self.prefix += path_sep

    def find_spec(self, fullname, target=None):
        """The spec of module fullname in the archive, or None."""
        module_info = _get_module_info(self, fullname)
        if module_info is not None:
            return _bootstrap_external.spec_from_file_location(
                fullname, loader=self, submodule_search_locations=[] if module_info else None)
        # a directory without __init__: a portion of a namespace package
        modpath = _get_module_path(self, fullname)
        if _is_dir(self, modpath):
            path = self.archive + path_sep + modpath
            spec = _bootstrap.ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(path)
            return spec
        return None

    def get_code(self, fullname):
        """The code object of module fullname (ZipImportError when it
        cannot be had)."""
        code, ispackage, modpath = _get_module_code(self, fullname)
        return code

    def get_data(self, pathname):
        """The bytes of the member pathname (relative to the archive, or
        starting with its path); OSError when there is none."""
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        try:
            toc_entry = self._get_files()[key]
        except KeyError:
            raise OSError(0, "", key)
        return _get_data(self.archive, toc_entry)

    def get_filename(self, fullname):
        """The file name (__file__) of module fullname."""
        code, ispackage, modpath = _get_module_code(self, fullname)
        return modpath

    def get_source(self, fullname):
        """The source of module fullname, None when the archive holds only
        its bytecode (ZipImportError when it holds neither)."""
        mi = _get_module_info(self, fullname)
        if mi is None:
            raise ZipImportError("can't find module {!r}".format(fullname), name=fullname)
        path = _get_module_path(self, fullname)
        fullpath = path + path_sep + "__init__.py" if mi else path + ".py"
        try:
            toc_entry = self._get_files()[fullpath]
        except KeyError:
            return None
        return _get_data(self.archive, toc_entry).decode()

    def is_package(self, fullname):
        """Whether module fullname is a package (ZipImportError when it is
        not in the archive)."""
        mi = _get_module_info(self, fullname)
        if mi is None:
            raise ZipImportError("can't find module {!r}".format(fullname), name=fullname)
        return mi

    def get_resource_reader(self, fullname):
        """What importlib.resources reads a package's data in the archive
        with."""
        from importlib.resources import _ZipReader
        return _ZipReader(self, fullname)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError("cannot load module {!r} when get_code() returns None".format(module.__name__))
        _imp._run_code(code, module.__dict__)

    def _get_files(self):
        """The archive's directory, read again if the cache lost it."""
        try:
            files = _zip_directory_cache[self.archive]
        except KeyError:
            try:
                files = _zip_directory_cache[self.archive] = _read_directory(self.archive)
            except ZipImportError:
                files = {}
        return files

    def invalidate_caches(self):
        """Forgets the archive's directory: it is read again on next use."""
        _zip_directory_cache.pop(self.archive, None)

    def __repr__(self):
        return '<zipimporter object "{}{}{}">'.format(self.archive, path_sep, self.prefix)


def _get_module_path(self, fullname):
    return self.prefix + fullname.rpartition(".")[2]


def _is_dir(self, path):
    # a directory of the archive: some member's name starts with it
    dirpath = path + path_sep
    if dirpath in self._get_files():
        return True
    return any(name.startswith(dirpath) for name in self._get_files())


def _get_module_info(self, fullname):
    """Whether fullname is a package (True), a module (False) in the
    archive, or None when it is not there."""
    path = _get_module_path(self, fullname)
    for suffix, isbytecode, ispackage in _zip_searchorder:
        if path + suffix in self._get_files():
            return ispackage
    return None


def _unmarshal_code(self, pathname, fullpath, fullname, data):
    """The code object of a .pyc member, or None when it is stale."""
    if data[:4] != _bootstrap_external.MAGIC_NUMBER:
        raise ImportError("bad magic number in {!r}: {!r}".format(fullname, data[:4]), name=fullname,
                          path=pathname)
    if len(data) < 16:
        raise EOFError("reached EOF while reading pyc header of {!r}".format(fullname))
    return _imp._code_from_pyc(data, fullname, pathname)


def _get_module_code(self, fullname):
    """(code, ispackage, modpath) of module fullname in the archive."""
    path = _get_module_path(self, fullname)
    import_error = None
    for suffix, isbytecode, ispackage in _zip_searchorder:
        fullpath = path + suffix
        try:
            toc_entry = self._get_files()[fullpath]
        except KeyError:
            continue
        modpath = toc_entry[0]
        if not isbytecode:
            import_error = ImportError("cipy runs compiled bytecode and {} has none: compile it with "
                                       "python3.14 -m compileall -b".format(modpath))
            continue
        data = _get_data(self.archive, toc_entry)
        try:
            code = _unmarshal_code(self, modpath, fullpath, fullname, data)
        except ImportError as exc:
            import_error = exc
            continue
        if code is None:
            continue
        return code, ispackage, modpath
    if import_error:
        raise ZipImportError("module load failed: {}".format(import_error), name=fullname) from import_error
    raise ZipImportError("can't find module {!r}".format(fullname), name=fullname)
