"""Common operations on Posix pathnames.

Instead of importing this module directly, import os and refer to
this module as os.path.  The "os.path" name is an alias for this
module on Posix systems; on other systems (e.g. Windows),
os.path provides the same operations in a manner specific to that
platform, and is an alias to another module (e.g. ntpath).

Some of this can actually be useful on non-Posix systems too, e.g.
for manipulation of the pathname component of URLs.
"""

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

import os
import sys
import stat
import genericpath
from genericpath import *
from genericpath import _check_arg_types

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction", "isdevdrive", "ALLOW_MISSING"]

supports_unicode_filenames = (sys.platform == 'darwin')


# os.fspath under a global name: the hot functions below call it often.
_fspath = os.fspath


def _seps(path):
    """The separator and the dot names in the type of path."""
    if isinstance(path, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _fspath_named(funcname, path):
    """os.fspath() worded as CPython's C helpers word it."""
    if isinstance(path, (str, bytes)):
        return path
    if hasattr(type(path), '__fspath__'):
        return os.fspath(path)
    raise TypeError(f"{funcname}: path should be string, bytes or os.PathLike, "
                    f"not {type(path).__name__}")


# ---- pure string operations ----------------------------------------------------

def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = _fspath(a)
    sep = _sep(a)
    joined = a
    try:
        for piece in map(_fspath, p):
            # (startswith first: it is what refuses a str/bytes mix)
            if piece.startswith(sep) or not joined:
                joined = piece
            elif joined[-1:] == sep:
                joined = joined + piece
            else:
                joined = joined + sep + piece
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return joined


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # a name made of dots only before this one has no extension
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def _path_splitroot_ex(p):
    """Split a pathname into drive, root and tail.

    The tail contains anything after the root."""
    p = _fspath_named('_path_splitroot_ex', p)
    sep = _seps(p)[0]
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        # one leading slash, or three and more: POSIX says one root
        return empty, sep, p[1:]
    # exactly two leading slashes: the root is implementation-defined, kept
    return empty, p[:2], p[2:]


splitroot = _path_splitroot_ex


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def _path_normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath_named('_path_normpath', path)
    sep, curdir, pardir = _seps(path)
    if not path:
        return curdir
    _, root, tail = splitroot(path)
    parts = []
    for comp in tail.split(sep):
        if not comp or comp == curdir:
            continue
        if comp != pardir or (not root and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = root + sep.join(parts)
    return path or curdir


# The same in C where posix has it, as in CPython.
try:
    from posix import _path_normpath
except ImportError:
    pass
normpath = _path_normpath


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = [os.fspath(one) for one in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    sep, curdir, _ = _seps(paths[0])
    try:
        # splitting first is what refuses a str/bytes mix
        component_lists = [one.split(sep) for one in paths]
        rooted = {one[:1] == sep for one in paths}
        if len(rooted) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        # without empty components and '.'
        component_lists = [[c for c in parts if c and c != curdir] for parts in component_lists]
        shared = []
        for column in zip(*component_lists):
            if any(c != column[0] for c in column):
                break
            shared.append(column[0])
        return (sep if rooted.pop() else sep[:0]) + sep.join(shared)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


# ---- what asks the file system ------------------------------------------------------

def ismount(path):
    """Test whether a path is a mount point"""
    # A mount point sits on another device than its parent, or is its own
    # parent (the root); a symbolic link never is one.
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    parent_name = join(path, _seps(path)[2])
    for candidate in (parent_name, None):
        try:
            parent = os.lstat(candidate if candidate is not None else realpath(parent_name))
            break
        except OSError:
            continue
    else:
        return False
    return here.st_dev != parent.st_dev or here.st_ino == parent.st_ino


# ---- expansions ----------------------------------------------------------------------

def _home_of(user):
    """The home directory of user (a str), or of the current user when user
    is None ($HOME first); None if unknown."""
    if user is None and 'HOME' in os.environ:
        return os.environ['HOME']
    try:
        import pwd
        entry = pwd.getpwuid(os.getuid()) if user is None else pwd.getpwnam(user)
    except (ImportError, KeyError):
        return None
    return entry.pw_dir


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    sep = _seps(path)[0]
    if path[:1] != (b'~' if as_bytes else '~'):
        return path
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    user = path[1:end]
    home = _home_of(os.fsdecode(user) if user else None)
    if home is None:
        return path
    if as_bytes:
        home = os.fsencode(home)
    # a home of '/' (or '') and a rest of '' still give '/'
    return (home.rstrip(sep) + path[end:]) or sep


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        environ = getattr(os, 'environb', None)
        def get(name):
            if environ is not None:
                return environ[name]
            return os.fsencode(os.environ[os.fsdecode(name)])
        def is_name(c):
            return c == b'_' or (c.isalnum() and c.isascii())
    else:
        if '$' not in path:
            return path
        dollar, lbrace, rbrace = '$', '{', '}'
        def get(name):
            return os.environ[name]
        def is_name(c):
            return c == '_' or (c.isalnum() and c.isascii())
    out = []
    i = 0
    n = len(path)
    while i < n:
        j = path.find(dollar, i)
        if j < 0:
            out.append(path[i:])
            break
        out.append(path[i:j])
        if path[j + 1:j + 2] == lbrace:
            end = path.find(rbrace, j + 2)
            name = path[j + 2:end] if end >= 0 else None
            if not name:
                # "${" with no closing brace or an empty name: literal
                out.append(path[j:j + 2])
                i = j + 2
                continue
            whole = path[j:end + 1]
            i = end + 1
        else:
            k = j + 1
            while k < n and is_name(path[k:k + 1]):
                k += 1
            name = path[j + 1:k]
            if not name:
                out.append(dollar)
                i = j + 1
                continue
            whole = path[j:k]
            i = k
        try:
            out.append(get(name))
        except KeyError:
            out.append(whole)
    return path[:0].join(out)


# ---- absolute and real paths ---------------------------------------------------------

def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    sep, curdir, pardir = _seps(filename)
    getcwd = os.getcwdb if isinstance(filename, bytes) else os.getcwd
    if strict is ALLOW_MISSING:
        ignored = FileNotFoundError
        strict = True
    elif strict:
        ignored = ()
    else:
        ignored = OSError

    # Components still to resolve, last first; None marks the end of a
    # link's target, followed by the link, whose resolution is then known.
    rest = filename.split(sep)[::-1]
    path = sep if filename.startswith(sep) else getcwd()
    seen = {}
    notdir = False  # path is a file: strict refuses anything after it
    while rest:
        name = rest.pop()
        if name is None:
            seen[rest.pop()] = path
            continue
        if notdir:
            raise OSError(20, os.strerror(20), path)
        if not name or name == curdir:
            continue
        if name == pardir:
            path = path[:path.rindex(sep)] or sep
            continue
        newpath = path + name if path == sep else path + sep + name
        try:
            st = os.lstat(newpath)
            if not stat.S_ISLNK(st.st_mode):
                notdir = strict and not stat.S_ISDIR(st.st_mode)
                path = newpath
                continue
            if newpath in seen:
                path = seen[newpath]
                if path is not None:
                    continue
                # a loop of links
                if strict:
                    os.stat(newpath)
                path = newpath
                continue
            target = os.readlink(newpath)
        except ignored:
            path = newpath
            continue
        seen[newpath] = None
        rest.append(newpath)
        rest.append(None)
        rest.extend(target.split(sep)[::-1])
        if target.startswith(sep):
            path = sep
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    sep, curdir, pardir = _seps(path)
    start = curdir if start is None else os.fspath(start)
    try:
        origin = [c for c in abspath(start).split(sep) if c]
        target = [c for c in abspath(path).split(sep) if c]
        same = 0
        for a, b in zip(origin, target):
            if a != b:
                break
            same += 1
        steps = [pardir] * (len(origin) - same) + target[same:]
        return sep.join(steps) if steps else curdir
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise
