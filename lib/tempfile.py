"""Temporary files.

This module provides generic, low- and high-level interfaces for
creating temporary files and directories.  All of the interfaces
provided by this module can be used without fear of race conditions
except for 'mktemp'.  'mktemp' is subject to race conditions and
should not be used; it is provided for backward compatibility only.

The default path names are returned as str.  If you supply bytes as
input, all return values will be in bytes.  Ex:

    >>> tempfile.mkstemp()
    (4, '/tmp/tmptpu9nin8')
    >>> tempfile.mkdtemp(suffix=b'')
    b'/tmp/tmppbi8f0hy'

This module also provides some data items to the user:

  TMP_MAX  - maximum number of names that will be tried before
             giving up.
  tempdir  - If this is set to a string before the first use of
             any routine from this module, it will be considered as
             another candidate location to store temporary files.
"""

# Design notes.
# - Random names come from os.urandom: there is no `random` module yet.
# - Files clean up in __del__ methods; objects that must clean up when they
#   die are kept out of reference cycles: the methods a NamedTemporaryFile
#   hands out hold its _Remover, never the wrapper itself.
#   TemporaryDirectory's implicit cleanup is a weakref.finalize.

import errno as _errno
import io as _io
import os as _os
import shutil as _shutil
import sys as _sys
import warnings as _warnings
import weakref as _weakref

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 20            # names tried before giving up
template = "tmp"        # the default prefix
tempdir = None          # the chosen directory, once gettempdir() has run

_GenericAlias = type(list[int])

# Exclusive creation, never through a symbolic link, closed across exec.
_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _flag in ("O_NOFOLLOW", "O_CLOEXEC"):
    _CREATE_FLAGS |= getattr(_os, _flag, 0)
del _flag


# ---------------------------------------------------------------- names

class _RandomNameSequence:
    """An endless iterator of random 8-character names, drawn from
    os.urandom (one byte per character, rejecting the bytes that would
    make some characters likelier than others)."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __iter__(self):
        return self

    def __next__(self):
        alphabet = self.characters
        size = len(alphabet)
        limit = 256 - 256 % size
        picked = []
        while len(picked) < 8:
            for byte in _os.urandom(16):
                if byte < limit and len(picked) < 8:
                    picked.append(alphabet[byte % size])
        return "".join(picked)


_name_source = None


def _get_candidate_names():
    """The module's one source of random names."""
    global _name_source
    if _name_source is None:
        _name_source = _RandomNameSequence()
    return _name_source


def _infer_return_type(*args):
    """str or bytes: the type the caller's path arguments agree on."""
    found = None
    for arg in args:
        if arg is None:
            continue
        kind = bytes if isinstance(arg, bytes) else str
        if found is not None and kind is not found:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        found = kind
    if found is not None:
        return found
    # nothing given: str, unless tempdir was set to something else (even a
    # path object: then bytes, as CPython answers)
    return str if tempdir is None or isinstance(tempdir, str) else bytes


def _resolve_parts(prefix, suffix, dir):
    """Fill in the defaults of prefix, suffix and dir, all in one type."""
    kind = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _fresh_paths(dir, prefix, suffix, kind):
    """TMP_MAX candidate paths, each with a new random name."""
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if kind is bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)


def _no_name_left():
    return FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def _make_file(dir, prefix, suffix, kind):
    """Create a new private file: (fd, path)."""
    for path in _fresh_paths(dir, prefix, suffix, kind):
        _sys.audit("tempfile.mkstemp", path)
        try:
            fd = _os.open(path, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise _no_name_left()


# ---------------------------------------------------------------- the directory

def _candidate_tempdir_list():
    """The directories gettempdir() tries, in order."""
    found = []
    for variable in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(variable)
        if value:
            found.append(value)
    found.extend(("/tmp", "/var/tmp", "/usr/tmp"))
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _can_write_in(directory):
    """Whether a file can be created, written and removed in directory.
    None when the answer is "try another name"."""
    names = _get_candidate_names()
    path = _os.path.join(directory, next(names))
    try:
        fd = _os.open(path, _CREATE_FLAGS, 0o600)
    except FileExistsError:
        return None
    except OSError:
        return False
    try:
        _os.write(fd, b"blat")
    except OSError:
        return False
    finally:
        _os.close(fd)
        _os.unlink(path)
    return True


def _get_default_tempdir(dirlist=None):
    """The first directory of dirlist (by default the candidates) where a
    file can be made; the current directory is kept as os.curdir."""
    if dirlist is None:
        dirlist = _candidate_tempdir_list()
    for directory in dirlist:
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(TMP_MAX):
            usable = _can_write_in(directory)
            if usable is not None:
                break
        if usable:
            return directory
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


def _chosen_tempdir(convert):
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return convert(tempdir)


def gettempdir():
    """Returns tempfile.tempdir as str."""
    return _chosen_tempdir(_os.fsdecode)


def gettempdirb():
    """Returns tempfile.tempdir as bytes."""
    return _chosen_tempdir(_os.fsencode)


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix for temporary directories as bytes."""
    return _os.fsencode(template)


# ---------------------------------------------------------------- low level

def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """User-callable function to create and return a unique temporary
    file.  The return value is a pair (fd, name) where fd is the
    file descriptor returned by os.open, and name is the filename.

    The file is readable and writable only by the creating user ID, and
    the descriptor is not inherited by children.  'text' makes no
    difference on POSIX.  Caller is responsible for deleting the file
    when done with it.
    """
    prefix, suffix, dir, kind = _resolve_parts(prefix, suffix, dir)
    fd, path = _make_file(dir, prefix, suffix, kind)
    return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """User-callable function to create and return a unique temporary
    directory.  The return value is the pathname of the directory.

    The directory is readable, writable, and searchable only by the
    creating user.  Caller is responsible for deleting the directory
    when done with it.
    """
    prefix, suffix, dir, kind = _resolve_parts(prefix, suffix, dir)
    for path in _fresh_paths(dir, prefix, suffix, kind):
        _sys.audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise _no_name_left()


def mktemp(suffix="", prefix=template, dir=None):
    """User-callable function to return a unique temporary file name.  The
    file is not created.

    THIS FUNCTION IS UNSAFE AND SHOULD NOT BE USED.  The file name may
    refer to a file that did not exist at some point, but by the time
    you get around to creating it, someone else may have beaten you to
    the punch.
    """
    if dir is None:
        dir = gettempdir()
    for path in _fresh_paths(dir, prefix, suffix, str):
        if not _os.path.lexists(path):
            return path
    raise _no_name_left()


# ---------------------------------------------------------------- named files

class _Remover:
    """Owns a named temporary file: closes it and, when asked, removes it,
    once.  Dying while the file is open is a forgotten cleanup: it warns,
    then does what the owner's settings ask."""

    def __init__(self, file, name, delete, delete_on_close):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close
        self.removed = False

    def close_file(self):
        if not self.file.closed:
            self.file.close()

    def remove(self):
        if self.removed:
            return
        self.removed = True
        try:
            _os.unlink(self.name)
        except FileNotFoundError:
            pass

    def close(self):
        try:
            self.close_file()
        finally:
            if self.delete and self.delete_on_close:
                self.remove()

    def __del__(self):
        if not self.file.closed:
            _warnings.warn("Implicitly cleaning up <_TemporaryFileWrapper file=%r>"
                           % (self.file,), ResourceWarning, source=self)
        try:
            self.close_file()
        finally:
            if self.delete:
                self.remove()


class _TemporaryFileWrapper:
    """Temporary file wrapper

    This class provides a wrapper around files opened for
    temporary use.  In particular, it seeks to automatically
    remove the file when it is no longer needed.
    """

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._remover = _Remover(file, name, delete, delete_on_close)

    def __getattr__(self, attr):
        # Anything not defined here is the file's.  Methods are handed out
        # as functions that keep the file's remover alive (so the file
        # stays while a bound method is in use) and kept for next time;
        # plain values are read afresh, as they change (closed, ...).
        state = self.__dict__
        value = getattr(state["file"], attr)
        if not callable(value):
            return value
        remover = state["_remover"]

        def method(*args, **kwargs):
            return value(*args, **kwargs)
        for copied in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(method, copied, getattr(value, copied))
            except (AttributeError, TypeError):
                pass
        method._remover = remover
        setattr(self, attr, method)
        return method

    def __repr__(self):
        return "<%s file=%r>" % (type(self).__name__, self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        remover = self._remover
        try:
            return self.file.__exit__(exc_type, exc, tb)
        finally:
            if remover.delete:
                remover.remove()

    def close(self):
        """Close the temporary file, possibly deleting it."""
        self._remover.close()

    def __iter__(self):
        # A generator, so that the wrapper (and the file) live as long as
        # the iteration does.
        for line in self.file:
            yield line


def _open_new_named(mode, buffering, newline, encoding, errors, dir, prefix,
                   suffix):
    """io.open a file made as mkstemp makes one; the file object's name is
    the file's absolute path."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        return _io.open(path, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors,
                        opener=lambda _path, _flags: fd)
    except BaseException:
        # io.open may refuse the arguments before it takes the descriptor.
        try:
            _os.close(fd)
        except OSError:
            pass
        _os.unlink(path)
        raise


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create and return a temporary file, made as mkstemp() makes one.

    The arguments mode, buffering, encoding, newline and errors are
    io.open's; prefix, suffix and dir are mkstemp's.  The result has a
    file-like interface; the file's path is its 'name'.  With delete
    (the default) the file is removed when it is closed, or, when
    delete_on_close is false, when the with block that uses it ends (or
    the object dies).
    """
    file = _open_new_named(mode, buffering, newline, encoding, errors, dir,
                           prefix, suffix)
    return _TemporaryFileWrapper(file, file.name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return a temporary file with no name: it is removed from
    its directory as soon as it is made.  The arguments are those of
    NamedTemporaryFile, without delete.
    """
    prefix, suffix, dir, kind = _resolve_parts(prefix, suffix, dir)
    fd, path = _make_file(dir, prefix, suffix, kind)
    try:
        _os.unlink(path)
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


# ---------------------------------------------------------------- spooled files

def _passed_on(attr):
    """A method calling the same method of the spooled file's current
    underlying object."""
    def method(self, *args):
        return getattr(self._file, attr)(*args)
    method.__name__ = attr
    method.__qualname__ = "SpooledTemporaryFile." + attr
    return method


def _read_through(attr):
    """A property reading the same attribute of the underlying object."""
    return property(lambda self: getattr(self._file, attr))


class SpooledTemporaryFile(_io.IOBase):
    """Temporary file wrapper, specialized to switch from BytesIO
    or StringIO to a real file when it exceeds a certain size or
    when a fileno is needed.
    """
    # Until it rolls over the data sits in a BytesIO (wrapped in a
    # TextIOWrapper in text mode); rolling over copies the bytes into a
    # TemporaryFile made with the arguments kept in _TemporaryFileArgs.
    # Most methods and attributes are the underlying object's (see the
    # loops after the class).

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._TemporaryFileArgs = dict(
            mode=mode, buffering=buffering, encoding=encoding,
            newline=newline, suffix=suffix, prefix=prefix, dir=dir,
            errors=errors)
        memory = _io.BytesIO()
        if "b" not in mode:
            memory = _io.TextIOWrapper(memory, encoding=encoding,
                                       errors=errors, newline=newline)
        self._file = memory
        self._max_size = max_size
        self._rolled = False

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        real = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        where = memory.tell()
        if isinstance(memory, _io.TextIOWrapper):
            real.buffer.write(memory.detach().getvalue())
        else:
            real.write(memory.getvalue())
        real.seek(where, 0)
        self._file = real
        self._rolled = True

    def write(self, s):
        count = self._file.write(s)
        limit = self._max_size
        if limit and not self._rolled and self._file.tell() > limit:
            self.rollover()
        return count

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        if size is not None and self._max_size and size > self._max_size:
            self.rollover()
        if size is None:
            return self._file.truncate()
        return self._file.truncate(size)

    def fileno(self):
        self.rollover()          # only a real file has a descriptor
        return self._file.fileno()

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        return getattr(self._file, "name", None)

    def __iter__(self):
        return iter(self._file)

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc_type, exc, tb):
        self._file.close()

    def __del__(self):
        if "_file" in self.__dict__ and not self._file.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self._file.close()


for _attr in ("close", "detach", "flush", "isatty", "read", "read1",
              "readinto", "readinto1", "readline", "readlines", "seek",
              "seekable", "readable", "writable", "tell"):
    setattr(SpooledTemporaryFile, _attr, _passed_on(_attr))
for _attr in ("closed", "encoding", "errors", "newlines"):
    setattr(SpooledTemporaryFile, _attr, _read_through(_attr))
del _attr


# ---------------------------------------------------------------- directories

def _make_removable(path):
    """Give the owner the permissions rmdir/unlink need on path and its
    parent (a tree may hold read-only directories)."""
    for target in (_os.path.dirname(path), path):
        try:
            _os.chmod(target, 0o700, follow_symlinks=False)
        except (OSError, NotImplementedError):
            pass


def _remove_tree(top, ignore_errors):
    """shutil.rmtree, with what a private temporary tree needs on top: what
    is already gone is no error, and what is not writable is made so."""
    def on_error(function, path, exc):
        if isinstance(exc, FileNotFoundError):
            return
        if isinstance(exc, PermissionError) and function in (_os.unlink, _os.rmdir):
            _make_removable(path)
            try:
                if _os.path.isdir(path) and not _os.path.islink(path):
                    _shutil.rmtree(path, onexc=on_error)
                else:
                    _os.unlink(path)
                return
            except OSError as again:
                exc = again
        if not ignore_errors:
            raise exc
    _shutil.rmtree(top, onexc=on_error)


class TemporaryDirectory:
    """Create and return a temporary directory.  This has the same
    behavior as mkdtemp but can be used as a context manager.  For
    example:

        with TemporaryDirectory() as tmpdir:
            ...

    Upon exiting the context, the directory and everything contained
    in it are removed (unless delete=False is passed or an exception
    is raised during cleanup and ignore_cleanup_errors is not True).

    Optional Arguments:
        suffix - A str suffix for the directory name.  (see mkdtemp)
        prefix - A str prefix for the directory name.  (see mkdtemp)
        dir - A directory to create this temp dir in.  (see mkdtemp)
        ignore_cleanup_errors - False; ignore exceptions during cleanup?
        delete - True; whether the directory is automatically deleted.
    """
    # The implicit cleanup is a weakref.finalize: it runs when the object
    # dies, or at exit for one still alive (with the finalizers, as an
    # atexit handler); an explicit cleanup() disarms it.

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._implicit = _weakref.finalize(
            self, _implicit_tree_cleanup, self.name,
            "Implicitly cleaning up {!r}".format(self),
            ignore_cleanup_errors, delete)

    __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc_type, exc, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._implicit.detach() is not None:
            _remove_tree(self.name, self._ignore_cleanup_errors)


def _implicit_tree_cleanup(name, message, ignore_errors, delete):
    # The directory goes first: the warning may be an error (-W error),
    # and the directory must not stay behind because of it.
    if delete:
        _remove_tree(name, ignore_errors)
        _warnings.warn(message, ResourceWarning)
