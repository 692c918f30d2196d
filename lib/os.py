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

# The os module is posix plus what is written here in Python: the path
# constants, directory-tree helpers, the exec*p* family, the environment as
# a mapping, file name encoding and os.PathLike.

import abc
import sys
from _collections_abc import _check_methods, Mapping, MutableMapping

GenericAlias = type(list[int])
import stat as st

import posix
from posix import *
from posix import _exit

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull)

name = 'posix'
linesep = '\n'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
error = OSError
supports_bytes_environ = True

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "_exit", "makedirs", "removedirs", "renames",
           "walk", "fwalk", "execl", "execle", "execlp", "execlpe", "execvp", "execvpe",
           "getenv", "supports_bytes_environ", "environb", "getenvb", "popen"]
__all__ += [n for n in dir(posix) if n[:1] != '_']


def _present(*names):
    """The posix functions among names, as a set (the supports_* sets)."""
    here = globals()
    return {here[n] for n in names if n in here}


supports_dir_fd = _present('access', 'chmod', 'chown', 'link', 'mkdir', 'mkfifo', 'open',
                           'readlink', 'rename', 'rmdir', 'stat', 'symlink', 'unlink', 'utime')
supports_effective_ids = _present('access')
supports_fd = _present('chdir', 'chmod', 'chown', 'execve', 'listdir', 'pathconf', 'scandir',
                       'stat', 'statvfs', 'truncate', 'utime')
supports_follow_symlinks = _present('access', 'chown', 'link', 'stat', 'utime')
del _present


def process_cpu_count():
    """
    Get the number of CPUs of the current process.

    Return the number of logical CPUs usable by the calling thread of the
    current process. Return None if indeterminable.
    """
    return len(sched_getaffinity(0))


# ---- directories -------------------------------------------------------------

def _is_curdir(name):
    return name == (b'.' if isinstance(name, bytes) else '.')


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.

    """
    parent, leaf = path.split(name)
    if not leaf:  # a trailing separator
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        # ancestors get the default mode; one made meanwhile by someone
        # else is as good as one made here
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if _is_curdir(leaf):  # 'new/.' exists as soon as 'new' does
            return
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def _prune_upwards(dirname):
    # remove the empty directories above dirname, nearest first, until one
    # cannot be removed
    while True:
        dirname, leaf = path.split(dirname)
        if not leaf:
            dirname, leaf = path.split(dirname)
        if not (dirname and leaf):
            return
        try:
            rmdir(dirname)
        except OSError:
            return


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
    _prune_upwards(name)


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
    target_dir, target_leaf = path.split(new)
    if target_dir and target_leaf and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, source_leaf = path.split(old)
    if source_dir and source_leaf:
        try:
            removedirs(source_dir)
        except OSError:
            pass


def _scan(top, onerror):
    """The entries of directory top as a list, or None after reporting the
    error to onerror."""
    try:
        with scandir(top) as it:
            return list(it)
    except OSError as exc:
        if onerror is not None:
            onerror(exc)
        return None


def _entry_is(entry, test):
    # an entry whose type cannot be learnt counts as neither
    try:
        return test(entry)
    except OSError:
        return False


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
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    # The stack holds directories still to list and, walking bottom-up,
    # finished triples waiting for their subdirectories to be yielded.
    todo = [fspath(top)]
    while todo:
        here = todo.pop()
        if type(here) is tuple:
            yield here
            continue
        entries = _scan(here, onerror)
        if entries is None:
            continue
        dirs, files, below = [], [], []
        for entry in entries:
            if _entry_is(entry, DirEntry.is_dir):
                dirs.append(entry.name)
                # bottom-up, the decision to descend is taken now, from the
                # entry (links to directories only if followlinks)
                if not topdown and (followlinks or not _entry_is(entry, DirEntry.is_symlink)):
                    below.append(entry.path)
            else:
                files.append(entry.name)
        if topdown:
            yield here, dirs, files
            # the caller may have pruned or reordered dirs
            for d in reversed(dirs):
                sub = path.join(here, d)
                if followlinks or not path.islink(sub):
                    todo.append(sub)
        else:
            todo.append((here, dirs, files))
            todo.extend(reversed(below))


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
    sys.audit("os.fwalk", top, topdown, onerror, follow_symlinks, dir_fd)
    top = fspath(top)
    # a failure to open top itself is raised, not given to onerror
    fd = _open_dir(top, dir_fd, follow_symlinks)
    if fd is None:
        return
    try:
        yield from _fwalk_from(fd, top, isinstance(top, bytes), topdown, onerror, follow_symlinks)
    finally:
        close(fd)


def _open_dir(name, dir_fd, follow_symlinks):
    """A descriptor for directory name (relative to dir_fd).  Without
    follow_symlinks, a name that is a symbolic link (or that changed between
    the two looks) gives None."""
    if not follow_symlinks:
        before = stat(name, dir_fd=dir_fd, follow_symlinks=False)
    fd = open(name, O_RDONLY | O_NONBLOCK, dir_fd=dir_fd)
    if follow_symlinks:
        return fd
    try:
        same = st.S_ISDIR(before.st_mode) and path.samestat(before, stat(fd))
    except OSError:
        same = False
    if not same:
        close(fd)
        return None
    return fd


def _fwalk_from(fd, where, as_bytes, topdown, onerror, follow_symlinks):
    entries = _scan(fd, onerror)
    if entries is None:
        return
    dirs, files = [], []
    for entry in entries:
        name = fsencode(entry.name) if as_bytes else entry.name
        try:
            if entry.is_dir():
                dirs.append(name)
                continue
        except OSError:
            # an entry of unknown type is listed only if it is a link
            if not _entry_is(entry, DirEntry.is_symlink):
                continue
        files.append(name)
    if topdown:
        yield where, dirs, files, fd
    for d in dirs:
        try:
            sub_fd = _open_dir(d, fd, follow_symlinks)
        except OSError as exc:
            if onerror is not None:
                onerror(exc)
            continue
        if sub_fd is None:
            continue
        try:
            yield from _fwalk_from(sub_fd, path.join(where, d), as_bytes, topdown, onerror,
                                   follow_symlinks)
        finally:
            close(sub_fd)
    if not topdown:
        yield where, dirs, files, fd


# ---- running programs --------------------------------------------------------------

def execl(file, *args):
    """execl(file, *args)

    Execute the executable file with argument list args, replacing the
    current process. """
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Execute the executable file with argument list args and
    environment env, replacing the current process. """
    *argv, env = args
    execve(file, tuple(argv), env)


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
    *argv, env = args
    execvpe(file, tuple(argv), env)


def execvp(file, args):
    """execvp(file, args)

    Execute the executable file (which is searched for along $PATH)
    with argument list args, replacing the current process.
    args may be a list or tuple of strings. """
    _exec_searching(file, args, None)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Execute the executable file (which is searched for along $PATH)
    with argument list args and environment env, replacing the
    current process.
    args may be a list or tuple of strings. """
    _exec_searching(file, args, env)


def _exec_searching(file, args, env):
    # A name with a directory part runs as it is; otherwise each directory
    # of PATH is tried.  The error raised at the end is the first that was
    # not "no such file" (permission denied, say), else the last one.
    def run(program):
        if env is None:
            execv(program, args)
        else:
            execve(program, args, env)

    if path.dirname(file):
        run(file)
        return
    directories = get_exec_path(environ if env is None else env)
    if isinstance(file, bytes):
        directories = [fsencode(d) for d in directories]
    first_other = last = None
    for directory in directories:
        try:
            run(path.join(directory, file))
        except (FileNotFoundError, NotADirectoryError) as exc:
            last = exc
        except OSError as exc:
            last = exc
            if first_other is None:
                first_other = exc
    raise first_other if first_other is not None else last


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.

    *env* must be an environment variable dict or None.  If *env* is None,
    os.environ will be used.
    """
    if env is None:
        env = environ
    found = env.get('PATH')
    try:
        found_bytes = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if found is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        found = fsdecode(found_bytes) if isinstance(found_bytes, bytes) else found_bytes
    return (defpath if found is None else found).split(pathsep)


# ---- the environment --------------------------------------------------------------------

class _Environ(MutableMapping):
    """A mapping over the process environment: changes go to putenv() and
    unsetenv().  Keys and values are converted with the given functions to
    and from the bytes of the underlying dict (posix.environ).  The views,
    get(), pop(), update() and the rest come from MutableMapping."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        # data: posix.environ, bytes to bytes, shared by environ and environb
        self._data = data
        self.encodekey, self.decodekey = encodekey, decodekey
        self.encodevalue, self.decodevalue = encodevalue, decodevalue

    def __getitem__(self, key):
        raw = self._data.get(self.encodekey(key))
        if raw is None:
            raise KeyError(key) from None
        return self.decodevalue(raw)

    def __setitem__(self, key, value):
        raw_key, raw_value = self.encodekey(key), self.encodevalue(value)
        putenv(raw_key, raw_value)
        self._data[raw_key] = raw_value

    def __delitem__(self, key):
        raw_key = self.encodekey(key)
        unsetenv(raw_key)
        if self._data.pop(raw_key, None) is None:
            raise KeyError(key) from None

    def __iter__(self):
        # a snapshot: the loop body may change the environment
        return (self.decodekey(k) for k in list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return f'environ({{{shown}}})'

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self)

    # the | operators give plain dicts, as dict's own do
    def __or__(self, other):
        return {**self, **other} if isinstance(other, Mapping) else NotImplemented

    def __ror__(self, other):
        return {**other, **self} if isinstance(other, Mapping) else NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


def _str_checked(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


def _encode_env(value):
    return _str_checked(value).encode('utf-8', 'surrogateescape')


def _decode_env(raw):
    return raw.decode('utf-8', 'surrogateescape')


def _bytes_checked(value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected, not {type(value).__name__}")
    return value


environ = _Environ(posix.environ, _encode_env, _decode_env, _encode_env, _decode_env)
environb = _Environ(posix.environ, _bytes_checked, bytes, _bytes_checked, bytes)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


# ---- file names -------------------------------------------------------------------------

def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged.
    On Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    name = fspath(filename)
    return name.encode('utf-8', 'surrogateescape') if isinstance(name, str) else name


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged. On
    Windows, use 'strict' error handler if the file system encoding is
    'mbcs' (which is the default encoding).
    """
    name = fspath(filename)
    return name.decode('utf-8', 'surrogateescape') if isinstance(name, bytes) else name


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# popen() is subprocess.Popen behind a text stream; closing the stream
# waits for the shell and reports how it ended.

def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ("r", "w"):
        raise ValueError(f"invalid mode {mode!r}")
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    pipe = {"r": "stdout", "w": "stdin"}[mode]
    proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering, **{pipe: subprocess.PIPE})
    return _wrap_close(getattr(proc, pipe), proc)


class _wrap_close:
    # The stream of a popen() child; every attribute but close() is the
    # stream's own.

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        """Close the stream, wait for the child: None for success, else its
        exit status in the form os.wait() gives (code << 8, or -signal << 8)."""
        self._stream.close()
        code = self._proc.wait()
        return code << 8 if code else None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # only PathLike itself answers; its subclasses use the ordinary rules
        return _check_methods(subclass, '__fspath__') if cls is PathLike else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)
