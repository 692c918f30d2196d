r"""OS routines for NT or Posix depending on what system we're on.

This exports:
  - all functions from posix or nt, e.g. unlink, stat, etc.
  - os.path is either posixpath or ntpath
  - os.name is either 'posix' or 'nt'
  - os.curdir is a string representing the current directory (always '.')
  - os.pardir is a string representing the parent directory (always '..')
  - os.sep is the (or a most common) pathname separator ('/' or '\\')
  - os.extsep is the extension separator (always '.')
  - os.altsep is the alternate pathname separator (None or '/')
  - os.pathsep is the component separator used in $PATH etc
  - os.linesep is the line separator in text files ('\n' or '\r\n')
  - os.defpath is the default search path for executables
  - os.devnull is the file path of the null device ('/dev/null', etc.)

Programs that import and use 'os' stand a better chance of being
portable between different platforms.  Of course, they must then
only use functions that are defined by all platforms (e.g., unlink
and opendir), and leave all pathname manipulation to os.path
(e.g., split and join).
"""

import sys
import stat as st

import posix
from posix import *
from posix import _exit

name = 'posix'
linesep = '\n'

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "_exit", "makedirs", "removedirs", "renames",
           "walk", "fwalk", "execl", "execle", "execlp", "execlpe", "execvp", "execvpe",
           "getenv", "supports_bytes_environ", "environb", "getenvb"]
__all__.extend(n for n in dir(posix) if not n.startswith('_'))


def _functions(*names):
    return {globals()[n] for n in names if n in globals()}


supports_dir_fd = _functions('access', 'chmod', 'chown', 'link', 'mkdir', 'mkfifo', 'open',
                             'readlink', 'rename', 'rmdir', 'stat', 'symlink', 'unlink', 'utime')
supports_effective_ids = _functions('access')
supports_fd = _functions('chdir', 'chmod', 'chown', 'execve', 'listdir', 'pathconf', 'scandir',
                         'stat', 'statvfs', 'truncate', 'utime')
supports_follow_symlinks = _functions('access', 'chown', 'link', 'stat', 'utime')
del _functions


def process_cpu_count():
    """
    Get the number of CPUs of the current process.

    Return the number of logical CPUs usable by the calling thread of the
    current process. Return None if indeterminable.
    """
    return len(sched_getaffinity(0))


# ---- directories ---------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.

    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # another process made it meanwhile
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.  Works like rmdir except that, if the leaf directory is
    successfully removed, directories corresponding to rightmost path
    segments will be pruned away until either the whole path is
    consumed or an error occurs.  Errors during this latter phase are
    ignored -- they generally mean that a directory was not empty.

    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.  Works like rename, except creation of any intermediate
    directories needed to make the new pathname good is attempted
    first.  After the rename, directories corresponding to rightmost
    path segments of the old name will be pruned until either the
    whole path is consumed or a nonempty directory is found.

    Note: this function can fail with the new directory structure made
    if you lack permissions needed to unlink the leaf directory or
    file.

    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory in the directory tree rooted at top (including top
    itself, but excluding '.' and '..'), yields a 3-tuple

        dirpath, dirnames, filenames

    dirpath is a string, the path to the directory.  dirnames is a list of
    the names of the subdirectories in dirpath (including symlinks to
    directories, and excluding '.' and '..').  filenames is a list of the
    names of the non-directory files in dirpath.

    When topdown is true, the caller can modify the dirnames list in-place
    and walk will only recurse into the subdirectories whose names remain in
    dirnames.  Errors from scandir() are ignored, or passed to onerror
    (an OSError instance) if it is given.  Symbolic links to directories
    are followed only when followlinks is true.
    """
    # A stack of directories still to list; a tuple on it is a result of
    # bottom-up order, ready once its subdirectories are done.
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        failed = False
        with entries:
            while True:
                try:
                    try:
                        entry = next(entries)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    failed = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = True
                    if walk_into:
                        walk_dirs.append(entry.path)
        if failed:
            continue
        if topdown:
            yield top, dirs, nondirs
            # dirs may have been changed by the caller: look at it again
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Directory tree generator.

    This behaves exactly like walk(), except that it yields a 4-tuple

        dirpath, dirnames, filenames, dirfd

    `dirpath`, `dirnames` and `filenames` are identical to walk() output,
    and `dirfd` is a file descriptor referring to the directory `dirpath`.

    The advantage of fwalk() over walk() is that it's safe against symlink
    races (when follow_symlinks is False).

    If dir_fd is not None, it should be a file descriptor open to a directory,
      and top should be relative; top will then be relative to that directory.
      (dir_fd is always supported for fwalk.)
    """
    top = fspath(top)
    # errors at the top are raised, not given to onerror
    top_st = stat(top, follow_symlinks=False, dir_fd=dir_fd)
    top_fd = open(top, O_RDONLY | O_NONBLOCK, dir_fd=dir_fd)
    try:
        if follow_symlinks or (st.S_ISDIR(top_st.st_mode) and path.samestat(top_st, stat(top_fd))):
            yield from _fwalk(top_fd, top, isinstance(top, bytes), topdown, onerror, follow_symlinks)
    finally:
        close(top_fd)


def _fwalk(top_fd, top_path, isbytes, topdown, onerror, follow_symlinks):
    names = []
    dirs = []
    nondirs = []
    entries = []
    for entry in scandir(top_fd):
        name = entry.name
        if isbytes:
            name = fsencode(name)
        try:
            if entry.is_dir():
                dirs.append(name)
                entries.append(entry)
            else:
                nondirs.append(name)
        except OSError:
            try:
                # a dangling link is not a directory
                if entry.is_symlink():
                    nondirs.append(name)
            except OSError:
                pass
    if topdown:
        yield top_path, dirs, nondirs, top_fd
    for name in dirs if topdown else dirs[:]:
        try:
            dir_st = stat(name, dir_fd=top_fd, follow_symlinks=follow_symlinks)
            dir_fd = open(name, O_RDONLY | O_NONBLOCK, dir_fd=top_fd)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        try:
            if follow_symlinks or path.samestat(dir_st, stat(dir_fd)):
                yield from _fwalk(dir_fd, path.join(top_path, name), isbytes, topdown, onerror,
                                  follow_symlinks)
        finally:
            close(dir_fd)
    if not topdown:
        yield top_path, dirs, nondirs, top_fd


# ---- exec with a search path -------------------------------------------------------------

def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process. """
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the current
    process. """
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the
    current process.
    args may be a list or tuple of strings. """
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    path_list = get_exec_path(env)
    if isinstance(file, bytes):
        path_list = map(fsencode, path_list)
    for dir in path_list:
        fullname = path.join(dir, file)
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    if env is None:
        env = environ
    path_list = env.get('PATH')
    try:
        path_listb = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if path_list is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        path_list = path_listb
        if path_list is not None and isinstance(path_list, bytes):
            path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- the environment -----------------------------------------------------------------------

class _Environ:
    """A mapping over the process environment: changes go to putenv() and
    unsetenv().  Keys and values are converted with the given functions to
    and from the bytes of the underlying dict (posix.environ)."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # a copy of the keys: the environment may change while iterating
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __repr__(self):
        items = ", ".join(f"{self.decodekey(key)!r}: {self.decodevalue(value)!r}"
                          for key, value in self._data.items())
        return f"environ({{{items}}})"

    def __eq__(self, other):
        if not isinstance(other, (_Environ, dict)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def keys(self):
        return [key for key in self]

    def values(self):
        return [self[key] for key in self]

    def items(self):
        return [(key, self[key]) for key in self]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self.items())
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self.items())
        return new


def _create_environ():
    def check_str(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def encode(value):
        return check_str(value).encode('utf-8', 'surrogateescape')

    def decode(value):
        return value.decode('utf-8', 'surrogateescape')

    return _Environ(posix.environ, encode, decode, encode, decode)


environ = _create_environ()
del _create_environ


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


supports_bytes_environ = True


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)
del _check_bytes


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged.
    On Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged. On
    Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- os.PathLike -----------------------------------------------------------------------------

class _PathLikeMeta(type):
    """isinstance() and issubclass() consult the class's __subclasshook__
    first, as for an abstract base class (there is no abc module yet)."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        result = cls.__subclasshook__(subclass)
        if result is not NotImplemented:
            return result
        return cls in subclass.__mro__


class PathLike(metaclass=_PathLikeMeta):

    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        # an abstract class: no instance until __fspath__ is implemented
        if cls.__fspath__ is PathLike.__fspath__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an "
                            f"implementation for abstract method '__fspath__'")
        return super().__new__(cls)

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            # a class is path-like when its MRO defines __fspath__ (not None)
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
            return NotImplemented
        return NotImplemented

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
