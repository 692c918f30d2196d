"""Read resources contained within a package.

cipy's own: files() gives a Traversable for a package on disk (or the
directory of a module) and for a package in a zip archive, built on the
loaders' get_data (there is no pathlib or zipfile yet)."""

import _imp
import sys

__all__ = ["as_file", "contents", "files", "is_resource", "read_binary", "read_text"]


def _resolve(anchor):
    if anchor is None:
        anchor = sys._getframe(2).f_globals["__name__"]
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    return anchor


def files(anchor=None):
    """Get a Traversable resource for an anchor."""
    module = _resolve(anchor)
    spec = module.__spec__
    get_reader = getattr(spec.loader, "get_resource_reader", None)
    reader = get_reader(spec.name) if get_reader is not None else None
    if reader is not None and hasattr(reader, "files"):
        return reader.files()
    locations = spec.submodule_search_locations
    if locations is not None:
        paths = list(locations)
        if not paths:
            raise ValueError("{!r} has no location".format(spec.name))
        if len(paths) > 1:
            return _MultiplexedPath(*[_DiskPath(p) for p in paths])
        return _DiskPath(paths[0])
    if spec.origin is None or not spec.has_location:
        raise TypeError("{!r} is not a package".format(spec.name))
    return _DiskPath(spec.origin.rpartition("/")[0])


class Traversable:
    """An object with a subset of pathlib.Path methods suitable for
    traversing directories and opening files."""

    def read_bytes(self):
        """Read contents of self as bytes."""
        raise NotImplementedError

    def read_text(self, encoding=None, errors=None):
        """Read contents of self as text."""
        return self.read_bytes().decode(encoding or "utf-8", errors or "strict")

    def joinpath(self, *descendants):
        """Return Traversable resolved with any descendants applied."""
        if not descendants:
            return self
        names = []
        for part in descendants:
            names.extend(n for n in str(part).split("/") if n)
        target = self
        for name in names:
            matches = [child for child in target.iterdir() if child.name == name]
            target = matches[0] if matches else target._missing(name)
        return target

    def __truediv__(self, child):
        """Return Traversable child in self."""
        return self.joinpath(child)


class _DiskPath(Traversable):
    """A file or directory of the file system."""

    def __init__(self, path):
        self._path = path

    @property
    def name(self):
        return self._path.rstrip("/").rpartition("/")[2]

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return "PosixPath({!r})".format(self._path)

    def __eq__(self, other):
        if not isinstance(other, _DiskPath):
            return NotImplemented
        return self._path == other._path

    def __hash__(self):
        return hash(self._path)

    def joinpath(self, *descendants):
        path = self._path
        for part in descendants:
            part = str(part)
            path = part if part.startswith("/") else path.rstrip("/") + "/" + part
        return _DiskPath(path)

    def _missing(self, name):
        return self.joinpath(name)

    def is_file(self):
        return _imp._isfile(self._path)

    def is_dir(self):
        return _imp._isdir(self._path)

    def exists(self):
        return self.is_file() or self.is_dir()

    def iterdir(self):
        return iter([self.joinpath(name) for name in _imp._listdir(self._path)])

    def read_bytes(self):
        return _imp._read_file(self._path)


class _MultiplexedPath(Traversable):
    """The directories of a namespace package as one."""

    def __init__(self, *paths):
        self._paths = paths

    @property
    def name(self):
        return self._paths[0].name

    def is_file(self):
        return False

    def is_dir(self):
        return True

    def iterdir(self):
        seen = set()
        for path in self._paths:
            for child in path.iterdir():
                if child.name not in seen:
                    seen.add(child.name)
                    yield child

    def _missing(self, name):
        return self._paths[0].joinpath(name)

    def read_bytes(self):
        raise FileNotFoundError("{} is not a file".format(self))

    def __repr__(self):
        return "MultiplexedPath({})".format(", ".join("'{}'".format(p) for p in self._paths))


class _ZipPath(Traversable):
    """A member or directory of a zip archive, read through its
    zipimporter; at is its name in the archive ('' for the root)."""

    def __init__(self, importer, at=""):
        self._importer = importer
        self._at = at.rstrip("/")

    def _names(self):
        return self._importer._get_files()

    @property
    def name(self):
        return self._at.rpartition("/")[2] if self._at else self._importer.archive.rpartition("/")[2]

    def __str__(self):
        # a directory's name ends with '/', as zipfile.Path shows it
        if not self._at:
            return self._importer.archive + "/"
        return self._importer.archive + "/" + self._at + ("/" if self.is_dir() else "")

    def __eq__(self, other):
        if not isinstance(other, _ZipPath):
            return NotImplemented
        return (self._importer.archive, self._at) == (other._importer.archive, other._at)

    def __hash__(self):
        return hash((self._importer.archive, self._at))

    def joinpath(self, *descendants):
        at = self._at
        for part in descendants:
            for piece in str(part).split("/"):
                if piece:
                    at = at + "/" + piece if at else piece
        return _ZipPath(self._importer, at)

    def _missing(self, name):
        return self.joinpath(name)

    def is_file(self):
        return self._at in self._names()

    def is_dir(self):
        if not self._at:
            return True
        prefix = self._at + "/"
        return any(name.startswith(prefix) for name in self._names())

    def exists(self):
        return self.is_file() or self.is_dir()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        prefix = self._at + "/" if self._at else ""
        children = []
        for name in self._names():
            if name.startswith(prefix) and len(name) > len(prefix):
                child = name[len(prefix):].partition("/")[0]
                if child not in children:
                    children.append(child)
        return iter([self.joinpath(child) for child in children])

    def read_bytes(self):
        return self._importer.get_data(self._at)


class _ZipReader:
    """The resources of a package in a zip archive (zipimporter's
    get_resource_reader)."""

    def __init__(self, importer, fullname):
        self._importer = importer
        self._prefix = importer.prefix + fullname.rpartition(".")[2]

    def files(self):
        return _ZipPath(self._importer, self._prefix)


class _AsFile:
    """as_file()'s context manager: path itself for a file of the file
    system, else a temporary copy of the resource's bytes, removed on exit."""

    def __init__(self, path):
        self._path = path
        self._temp = None

    def __enter__(self):
        if isinstance(self._path, _DiskPath):
            return self._path
        import os
        data = self._path.read_bytes()
        tmpdir = os.environ.get("TMPDIR") or "/tmp"
        while True:
            name = os.path.join(tmpdir, "tmp" + os.urandom(6).hex() + self._path.name)
            try:
                fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileExistsError:
                continue
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        self._temp = name
        return _DiskPath(name)

    def __exit__(self, *exc):
        if self._temp is not None:
            import os
            try:
                os.remove(self._temp)
            except FileNotFoundError:
                pass
            self._temp = None
        return False


def as_file(path):
    """Given a Traversable object, return that object as a path on the
    local file system in a context manager."""
    return _AsFile(path)


def _child(anchor, path_names):
    return files(anchor).joinpath(*path_names)


def read_binary(anchor, *path_names):
    """Read the path_names under anchor as bytes."""
    return _child(anchor, path_names).read_bytes()


def read_text(anchor, *path_names, encoding="utf-8", errors="strict"):
    """Read the path_names under anchor as text."""
    return _child(anchor, path_names).read_text(encoding=encoding, errors=errors)


def is_resource(anchor, *path_names):
    """Return True if there is a resource named by path_names in the
    package, otherwise False."""
    return _child(anchor, path_names).is_file()


def contents(anchor, *path_names):
    """Return an iterable over the names of the package's resources."""
    return [resource.name for resource in _child(anchor, path_names).iterdir()]
