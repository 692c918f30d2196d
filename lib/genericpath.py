"""
Path operations common to more than one OS
Do not use directly.  The OS specific modules import the appropriate
functions from this module themselves.
"""
__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdevdrive', 'isdir', 'isfile', 'isjunction', 'islink',
           'lexists', 'samefile', 'sameopenfile', 'samestat', 'ALLOW_MISSING']

# os and stat are imported at the end: os imports posixpath, which imports
# this module, so a program that imports genericpath first must find
# everything here already defined.


def _mode(path, follow=True):
    """The st_mode of path, or None when it cannot be had (a missing file,
    an unusable name)."""
    try:
        return (os.stat(path) if follow else os.lstat(path)).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _mode(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    return _mode(path, follow=False) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    mode = _mode(path)
    return mode is not None and stat.S_ISREG(mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    mode = _mode(s)
    return mode is not None and stat.S_ISDIR(mode)


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        mode = _mode(path, follow=False)
    except AttributeError:  # no os.lstat on this system
        return False
    return mode is not None and stat.S_ISLNK(mode)


def isjunction(path):
    """Test whether a path is a junction
Junctions are not supported on the current platform"""
    os.fspath(path)  # the argument is still checked
    return False


def isdevdrive(path):
    """Determines whether the specified path is on a Windows Dev Drive.
Dev Drives are not supported on the current platform"""
    os.fspath(path)
    return False


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return (s1.st_ino, s1.st_dev) == (s2.st_ino, s2.st_dev)


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory

This is determined by the device number and i-node number and
raises an exception if an os.stat() call on either pathname fails.
"""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # what the smallest and the largest item share, all items share
    low, high = min(m), max(m)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]


def _check_arg_types(funcname, *args):
    """TypeError unless every argument is str, or every one bytes."""
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(arg).__name__!r}') from None
        kinds.add(isinstance(arg, str))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


class ALLOW_MISSING:
    """Special value for use in realpath()."""

    def __repr__(self):
        return 'os.path.ALLOW_MISSING'

    def __reduce__(self):
        return type(self).__name__


ALLOW_MISSING = ALLOW_MISSING()

import os
import stat
