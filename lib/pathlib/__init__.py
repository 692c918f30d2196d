"""Object-oriented filesystem paths.

This module provides classes to represent abstract paths and concrete
paths with operations that have semantics appropriate for different
operating systems.
"""

import errno
import fnmatch
import io
import glob
import os
import posixpath
import re
import stat
import sys
import warnings

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath",
           "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is attempted.
    """


# A path is held as three parsed pieces: its drive, its root and the tuple
# of its names (no '.' and no empty name).  A flavour knows how one system
# spells them: how text is cut into the pieces, how pieces are joined back,
# and whether case matters when paths are compared.

class _PosixFlavour:
    sep = '/'
    module = posixpath

    @staticmethod
    def split_anchor(text):
        """(drive, root, rest) of TEXT: two leading slashes are a root of
        their own, one or three and more are '/'."""
        if text[:1] != '/':
            return '', '', text
        if text[:2] == '//' and text[2:3] != '/':
            return '', '//', text[2:]
        return '', '/', text.lstrip('/')

    @staticmethod
    def fold(text):
        return text

    @staticmethod
    def names(rest):
        return [n for n in rest.split('/') if n and n != '.']


class _WindowsFlavour:
    sep = '\\'
    module = None

    @staticmethod
    def split_anchor(text):
        text = text.replace('/', '\\')
        if text[:2] == '\\\\':
            return _windows_share(text)
        if text[1:2] == ':':
            drive, text = text[:2], text[2:]
        else:
            drive = ''
        if text[:1] == '\\':
            return drive, '\\', text.lstrip('\\')
        return drive, '', text

    @staticmethod
    def fold(text):
        return text.lower()

    @staticmethod
    def names(rest):
        return [n for n in rest.split('\\') if n and n != '.']


def _windows_share(text):
    """(drive, root, rest) of a TEXT starting with two backslashes: the drive
    runs to the end of the share name (\\\\server\\share, or after a
    \\\\?\\UNC\\ device prefix), or is all of TEXT when it has no share."""
    start = 8 if text[:8].upper() == '\\\\?\\UNC\\' else 2
    server_end = text.find('\\', start)
    if server_end < 0:
        return text, '', ''
    share_end = text.find('\\', server_end + 1)
    if share_end < 0:
        # A named share on a named server has its root, written or not.
        named = server_end > start and server_end + 1 < len(text)
        return text, '\\' if named else '', ''
    return text[:share_end], '\\', text[share_end + 1:].lstrip('\\')


def _text_of(segment):
    """The str a constructor argument stands for."""
    if isinstance(segment, str):
        return segment
    if isinstance(segment, PurePath):
        return str(segment)
    try:
        text = os.fspath(segment)
    except TypeError:
        text = segment
    if not isinstance(text, str):
        raise TypeError(
            "argument should be a str or an os.PathLike object where "
            "__fspath__ returns a str, not %r" % type(text).__name__)
    return text


class PurePath:
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O.  Depending on your system,
    instantiating a PurePath will return either a PurePosixPath or a
    PureWindowsPath object.  You can also instantiate either of these classes
    directly, regardless of your system.
    """

    # _info is Path's, kept here so that the concrete classes, which have two
    # bases, have one layout.
    __slots__ = ('_segments', '_pieces', '_text', '_key', '_hashed', '_info')
    _flavour = _PosixFlavour

    def __new__(cls, *args, **kwargs):
        # PurePath itself stands for this system's kind of path.
        return object.__new__(_NATIVE_PURE if cls is PurePath else cls)

    def __init__(self, *args):
        segments = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._flavour is self._flavour:
                    segments.extend(arg._segments)
                else:
                    segments.append(arg.as_posix())
            else:
                segments.append(_text_of(arg))
        self._segments = tuple(segments)

    def with_segments(self, *pathsegments):
        """Construct a new path object from any number of path-like objects.
        Subclasses may override this method to customize how new path objects
        are created from methods like `iterdir()`.
        """
        return type(self)(*pathsegments)

    # Parsing happens on first use and is kept.

    def _parse(self):
        try:
            return self._pieces
        except AttributeError:
            pass
        flavour = self._flavour
        drive, root, names = '', '', []
        for segment in self._segments:
            d, r, rest = flavour.split_anchor(segment)
            if d and (r or flavour.fold(d) != flavour.fold(drive)):
                drive, root, names = d, r, []
            elif d:
                drive = d
            elif r:
                root, names = r, []
            names.extend(flavour.names(rest))
        self._pieces = (drive, root, tuple(names))
        return self._pieces

    def _from_pieces(self, drive, root, names):
        path = self.with_segments(_join_text(self._flavour, drive, root, names))
        path._pieces = (drive, root, tuple(names))
        return path

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._parse()[0]

    @property
    def root(self):
        """The root of the path, if any."""
        return self._parse()[1]

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        drive, root, _ = self._parse()
        return drive + root

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        drive, root, names = self._parse()
        if drive or root:
            return (drive + root,) + names
        return names

    @property
    def name(self):
        """The final path component, if any."""
        names = self._parse()[2]
        return names[-1] if names else ''

    @property
    def suffix(self):
        """
        The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
        """
        dot = self._last_dot()
        return self.name[dot:] if dot > 0 else ''

    @property
    def suffixes(self):
        """
        A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
        """
        if self._last_dot() < 0:
            return []
        pieces = self.name.lstrip('.').split('.')
        return ['.' + piece for piece in pieces[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        dot = self._last_dot()
        return self.name[:dot] if dot > 0 else self.name

    def _last_dot(self):
        # The index of the dot that starts the suffix, or -1: dots at the
        # start of a name begin no suffix.
        name = self.name
        dot = name.rfind('.')
        if dot > 0 and name[:dot].lstrip('.'):
            return dot
        return -1

    def with_name(self, name):
        """Return a new path with the file name changed."""
        flavour = self._flavour
        drive, root, names = self._parse()
        if not names:
            raise ValueError("%r has an empty name" % (self,))
        if not _one_name(flavour, name):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_pieces(drive, root, names[:-1] + (name,))

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        suffix = self.suffix
        if suffix and not stem:
            raise ValueError("%r has a non-empty suffix" % (self,))
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        stem = self.stem
        if not stem:
            raise ValueError("%r has an empty name" % (self,))
        if suffix and not suffix.startswith('.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        return self.with_name(stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        related to the other path), raise ValueError.

        The *walk_up* parameter controls whether `..` may be used to resolve
        the path.
        """
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        fold = self._flavour.fold
        mine = self._parse()
        theirs = other._parse()
        if fold(mine[0]) != fold(theirs[0]) or mine[1] != theirs[1]:
            if not walk_up:
                raise ValueError("%r is not in the subpath of %r" % (str(self), str(other)))
            raise ValueError("%r and %r have different anchors" % (str(self), str(other)))
        a, b = mine[2], theirs[2]
        common = 0
        while (common < len(a) and common < len(b)
               and fold(a[common]) == fold(b[common])):
            common += 1
        if common < len(b):
            if not walk_up:
                raise ValueError("%r is not in the subpath of %r" % (str(self), str(other)))
            if '..' in b[common:]:
                raise ValueError("'..' segment in %r cannot be walked" % (str(other),))
        names = ('..',) * (len(b) - common) + a[common:]
        return self._from_pieces('', '', names)

    def is_relative_to(self, other):
        """Return True if the path is relative to another path or False.
        """
        try:
            self.relative_to(other)
        except ValueError:
            return False
        return True

    def joinpath(self, *pathsegments):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        return self.with_segments(*((self,) + pathsegments))

    def __truediv__(self, key):
        return _combined(self, (self, key))

    def __rtruediv__(self, key):
        return _combined(self, (key, self))

    def as_uri(self):
        """Return the path as a URI."""
        warnings.warn("pathlib.PurePath.as_uri() is deprecated and scheduled "
                      "for removal in Python 3.19. Use pathlib.Path.as_uri().",
                      DeprecationWarning, stacklevel=2)
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return _file_uri(self)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled "
                      "for removal in Python 3.15. Use os.path.isreserved() to "
                      "detect reserved paths on Windows.",
                      DeprecationWarning, stacklevel=2)
        if self._flavour is not _WindowsFlavour:
            return False
        return any(_reserved_on_windows(name) for name in self._parse()[2])

    def _case_blind(self, case_sensitive):
        if case_sensitive is None:
            return self._flavour is _WindowsFlavour
        return not case_sensitive

    def full_match(self, pattern, *, case_sensitive=None):
        """
        Return True if this path matches the given glob-style pattern. The
        pattern is matched against the entire path.
        """
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        seps = self._flavour.sep if self._flavour is _PosixFlavour else '\\/'
        # An empty path is matched as '' rather than its '.'.
        expression = glob.translate(_text_or_empty(pattern), recursive=True,
                                    include_hidden=True, seps=seps)
        flags = re.IGNORECASE if self._case_blind(case_sensitive) else 0
        return re.match(expression, _text_or_empty(self), flags) is not None

    def match(self, path_pattern, *, case_sensitive=None):
        """
        Return True if this path matches the given pattern. If the pattern is
        relative, matching is done from the right; otherwise, the entire path
        is matched. The recursive wildcard '**' is *not* supported by this
        method.
        """
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        wanted = path_pattern.parts
        if not wanted:
            raise ValueError("empty pattern")
        have = self.parts
        if len(have) < len(wanted):
            return False
        if len(have) > len(wanted) and path_pattern.anchor:
            return False
        flags = re.IGNORECASE if self._case_blind(case_sensitive) else 0
        for part, piece in zip(reversed(have), reversed(wanted)):
            if re.match(fnmatch.translate(piece), part, flags) is None:
                return False
        return True

    @property
    def parent(self):
        """The logical parent of the path."""
        drive, root, names = self._parse()
        if not names:
            return self
        return self._from_pieces(drive, root, names[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _Ancestors(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        drive, root, _ = self._parse()
        if self._flavour is _WindowsFlavour:
            # A UNC drive is absolute even without its share.
            return bool(drive and root) or drive[:2] == '\\\\'
        return bool(root)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __str__(self):
        try:
            return self._text
        except AttributeError:
            drive, root, names = self._parse()
            self._text = _join_text(self._flavour, drive, root, names) or '.'
            return self._text

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __reduce__(self):
        return type(self), self._segments

    def _compare_key(self):
        try:
            return self._key
        except AttributeError:
            self._key = self._flavour.fold(str(self))
            return self._key

    def _parts_key(self):
        # Ordering compares the names one by one (a root sorts first).
        return self._compare_key().split(self._flavour.sep)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._compare_key() == other._compare_key()

    def __hash__(self):
        try:
            return self._hashed
        except AttributeError:
            self._hashed = hash(self._compare_key())
            return self._hashed

    def __lt__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or other._flavour is not self._flavour:
            return NotImplemented
        return self._parts_key() >= other._parts_key()


def _combined(path, segments):
    # '/' gives way to the other operand on a type it cannot take.
    try:
        return path.with_segments(*segments)
    except TypeError:
        return NotImplemented


def _text_or_empty(path):
    return str(path) if path.parts else ''


def _one_name(flavour, name):
    """Whether NAME is a single, real file name on FLAVOUR's system."""
    if not name or name == '.' or '/' in name or flavour.sep in name:
        return False
    return True


def _join_text(flavour, drive, root, names):
    text = drive + root + flavour.sep.join(names)
    # A relative Windows name that reads like a drive ('c:a') keeps a '.'
    # before it, or the text would mean something else.
    if (flavour is _WindowsFlavour and not (drive or root) and names
            and names[0][1:2] == ':'):
        text = '.\\' + text
    return text


class _Ancestors:
    """The sequence of a path's logical parents, nearest first."""

    __slots__ = ('_path', '_anchor', '_names')

    def __init__(self, path):
        drive, root, names = path._parse()
        self._path = path
        self._anchor = (drive, root)
        self._names = names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, index):
        count = len(self)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(count)))
        if index >= count or index < -count:
            raise IndexError(index)
        if index < 0:
            index += count
        names = self._names[:count - index - 1]
        return self._path._from_pieces(self._anchor[0], self._anchor[1], names)

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]

    def __reversed__(self):
        for index in range(len(self) - 1, -1, -1):
            yield self[index]

    def __contains__(self, item):
        return any(parent == item for parent in self)

    def index(self, value):
        for position, parent in enumerate(self):
            if parent == value:
                return position
        raise ValueError

    def count(self, value):
        return sum(1 for parent in self if parent == value)

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    __slots__ = ()
    _flavour = _PosixFlavour
    parser = posixpath


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems.

    On a Windows system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    __slots__ = ()
    _flavour = _WindowsFlavour


class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Depending on your system,
    instantiating a Path will return either a PosixPath or a WindowsPath
    object. You can also instantiate a PosixPath or WindowsPath directly,
    but cannot instantiate a WindowsPath on a POSIX system or vice versa.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        # Path stands for this system's kind; the other system's cannot
        # make system calls here.
        if cls is Path:
            return object.__new__(_NATIVE_CONCRETE)
        if cls._flavour is not _NATIVE_PURE._flavour:
            raise UnsupportedOperation(
                "cannot instantiate %r on your system" % (cls.__name__,))
        return object.__new__(cls)

    # Asking the system about the path.

    @property
    def info(self):
        """
        A PathInfo object that exposes the file type and other file attributes
        of this path.
        """
        try:
            return self._info
        except AttributeError:
            self._info = _StatMemo(self)
            return self._info

    def stat(self, *, follow_symlinks=True):
        """
        Return the result of the stat() system call on this path, like
        os.stat() does.
        """
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
        """
        return os.lstat(self)

    def _mode(self, follow_symlinks=True):
        # The file's mode, or 0 when it cannot be had (missing, bad name).
        try:
            return os.stat(self, follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return 0

    def exists(self, *, follow_symlinks=True):
        """
        Whether this path exists.

        This method normally follows symlinks; to check whether a symlink exists,
        add the argument follow_symlinks=False.
        """
        return self._mode(follow_symlinks) != 0

    def is_dir(self, *, follow_symlinks=True):
        """
        Whether this path is a directory.
        """
        return stat.S_ISDIR(self._mode(follow_symlinks))

    def is_file(self, *, follow_symlinks=True):
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
        """
        return stat.S_ISREG(self._mode(follow_symlinks))

    def is_symlink(self):
        """
        Whether this path is a symbolic link.
        """
        return stat.S_ISLNK(self._mode(False))

    def is_fifo(self):
        """
        Whether this path is a FIFO.
        """
        return stat.S_ISFIFO(self._mode())

    def is_socket(self):
        """
        Whether this path is a socket.
        """
        return stat.S_ISSOCK(self._mode())

    def is_block_device(self):
        """
        Whether this path is a block device.
        """
        return stat.S_ISBLK(self._mode())

    def is_char_device(self):
        """
        Whether this path is a character device.
        """
        return stat.S_ISCHR(self._mode())

    def is_mount(self):
        """
        Check if this path is a mount point
        """
        return os.path.ismount(self)

    def is_junction(self):
        """
        Whether this path is a junction.
        """
        return False

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile()).
        """
        mine = self.stat()
        if not isinstance(other_path, PurePath):
            other_path = self.with_segments(other_path)
        theirs = other_path.stat()
        return mine.st_ino == theirs.st_ino and mine.st_dev == theirs.st_dev

    # Reading and writing.

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """
        Open the file pointed to by this path and return a file object, as
        the built-in open() function does.
        """
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """
        Open the file in bytes mode, read it, and close the file.
        """
        with io.open(self, 'rb', buffering=0) as stream:
            data = stream.read()
        return data

    def read_text(self, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, read it, and close the file.
        """
        stream = io.open(self, 'r', -1, io.text_encoding(encoding), errors, newline)
        with stream:
            text = stream.read()
        return text

    def write_bytes(self, data):
        """
        Open the file in bytes mode, write to it, and close the file.
        """
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not %r"
                            % type(data).__name__)
        with io.open(self, 'wb') as stream:
            count = stream.write(data)
        return count

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, write to it, and close the file.
        """
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        stream = io.open(self, 'w', -1, io.text_encoding(encoding), errors, newline)
        with stream:
            count = stream.write(data)
        return count

    # Directories.

    def iterdir(self):
        """Yield path objects of the directory contents.

        The children are yielded in arbitrary order, and the
        special entries '.' and '..' are not included.
        """
        here = str(self)
        names = os.listdir(here)
        prefix = '' if here == '.' else here
        return (self._child(prefix, name) for name in names)

    def _child(self, prefix, name):
        if not prefix:
            return self.with_segments(name)
        drive, root, names = self._parse()
        return self._from_pieces(drive, root, names + (name,))

    def as_uri(self):
        """Return the path as a URI."""
        if not self.is_absolute():
            raise ValueError("relative paths can't be expressed as file URIs")
        return _file_uri(self)

    @classmethod
    def from_uri(cls, uri):
        """Return a new path from the given 'file' URI."""
        if not uri.startswith('file:'):
            raise ValueError("URL is missing a 'file:' scheme")
        rest = uri[5:]
        if rest.startswith('//'):
            # An authority: empty or 'localhost' is this machine.
            slash = rest.find('/', 2)
            host = rest[2:] if slash < 0 else rest[2:slash]
            if host not in ('', 'localhost'):
                raise ValueError("file:// scheme is supported only on localhost")
            rest = '' if slash < 0 else rest[slash:]
        path = cls(_unquote(rest))
        if not path.is_absolute():
            raise ValueError("URI is not absolute: %r" % (uri,))
        return path

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
        """
        sys.audit("pathlib.Path.glob", self, pattern)
        return self._glob(_pattern_text(pattern), case_sensitive, recurse_symlinks)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
        """
        sys.audit("pathlib.Path.rglob", self, pattern)
        text = _pattern_text(posixpath.join('**', pattern))
        return self._glob(text, case_sensitive, recurse_symlinks)

    def _glob(self, text, case_sensitive, recurse_symlinks):
        # Checked now, before the caller iterates.
        pattern = self.with_segments(text)
        if pattern.anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        names = list(pattern._parse()[2])
        if not names:
            raise ValueError("Unacceptable pattern: %r" % (text,))
        # Two '**' in a row match what one does.
        segments = [n for i, n in enumerate(names)
                    if not (n == '**' and i and names[i - 1] == '**')]
        dirs_only = text.endswith(('/', self._flavour.sep))
        walker = _TreeMatcher(segments, dirs_only,
                              self._case_blind(case_sensitive), recurse_symlinks)
        # Each result is made by with_segments, as subclasses expect.
        return map(self.with_segments, walker.matches(self, 0))

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Walk the directory tree from this directory, similar to os.walk()."""
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        return _walk_tree(self, top_down, on_error, follow_symlinks)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """
        Create a new directory at this given path.
        """
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            # A missing parent: made first when asked to, then this again.
            if not parents or self.parent == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, exist_ok=exist_ok)

    def rmdir(self):
        """
        Remove this directory.  The directory must be empty.
        """
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
        """
        if not missing_ok:
            os.unlink(self)
            return
        try:
            os.unlink(self)
        except FileNotFoundError:
            pass

    def touch(self, mode=0o666, exist_ok=True):
        """
        Create this file with the given access mode, if it doesn't exist.
        """
        if exist_ok:
            # An existing file only has its times set.
            try:
                os.utime(self)
                return
            except OSError:
                pass
        exclusive = 0 if exist_ok else os.O_EXCL
        fd = os.open(self, os.O_CREAT | os.O_WRONLY | exclusive, mode)
        os.close(fd)

    def rename(self, target):
        """
        Rename this path to the target path.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.rename(self, target)
        return target if isinstance(target, PurePath) else self.with_segments(target)

    def replace(self, target):
        """
        Rename this path to the target path, overwriting if that path exists.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
        """
        os.replace(self, target)
        return target if isinstance(target, PurePath) else self.with_segments(target)

    def copy(self, target, **kwargs):
        """
        Recursively copy this file or directory tree to the given destination.
        """
        if not isinstance(target, PurePath):
            target = self.with_segments(target)
        _refuse_copy_onto(self, target)
        target._copy_from(self, **kwargs)
        return self.with_segments(target)

    def copy_into(self, target_dir, **kwargs):
        """
        Copy this file or directory tree into the given existing directory.
        """
        return self.copy(self._inside(target_dir), **kwargs)

    # The name is the one CPython's error shows for an unknown option.
    def _copy_from(self, source, follow_symlinks=True, preserve_metadata=False):
        """Make this path a copy of SOURCE: a file's bytes, a directory's
        whole tree, or (not following links) the link itself."""
        info = os.stat(source, follow_symlinks=follow_symlinks)
        if stat.S_ISLNK(info.st_mode):
            os.symlink(os.readlink(source), self)
        elif stat.S_ISDIR(info.st_mode):
            os.mkdir(self)
            for entry in _listing(source):
                child = self.joinpath(entry[0])
                child._copy_from(source.joinpath(entry[0]), follow_symlinks,
                                 preserve_metadata)
        else:
            with io.open(source, 'rb', buffering=0) as reader:
                with io.open(self, 'wb', buffering=0) as writer:
                    while True:
                        block = reader.read(1 << 16)
                        if not block:
                            break
                        writer.write(block)
        if preserve_metadata:
            links = not stat.S_ISLNK(info.st_mode)
            os.utime(self, ns=(info.st_atime_ns, info.st_mtime_ns),
                     follow_symlinks=links)
            if links:
                os.chmod(self, stat.S_IMODE(info.st_mode))

    def move(self, target):
        """
        Recursively move this file or directory tree to the given destination.
        """
        if not isinstance(target, PurePath):
            target = self.with_segments(target)
        _refuse_same_file(self, target)
        os.replace(self, target)
        return self.with_segments(target)

    def move_into(self, target_dir):
        """
        Move this file or directory tree into the given existing directory.
        """
        return self.move(self._inside(target_dir))

    def _inside(self, target_dir):
        # TARGET_DIR / our name, for the *_into methods.
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        if isinstance(target_dir, PurePath):
            return target_dir / name
        return self.with_segments(target_dir, name)

    def chmod(self, mode, *, follow_symlinks=True):
        """
        Change the permissions of the path, like os.chmod().
        """
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
        """
        self.chmod(mode, follow_symlinks=False)

    def symlink_to(self, target, target_is_directory=False):
        """
        Make this path a symlink pointing to the target path.
        Note the order of arguments (link, target) is the reverse of os.symlink.
        """
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """
        Make this path a hard link pointing to the same file as *target*.

        Note the order of arguments (self, target) is the reverse of os.link's.
        """
        os.link(target, self)

    def readlink(self):
        """
        Return the path to which the symbolic link points.
        """
        return self.with_segments(os.readlink(self))

    def owner(self, *, follow_symlinks=True):
        """
        Return the login name of the file owner.
        """
        import pwd
        return pwd.getpwuid(self.stat(follow_symlinks=follow_symlinks).st_uid).pw_name

    def group(self, *, follow_symlinks=True):
        """
        Return the group name of the file gid.
        """
        import grp
        return grp.getgrgid(self.stat(follow_symlinks=follow_symlinks).st_gid).gr_name

    # Whole paths.

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to expanduser('~').
        """
        return cls(os.path.expanduser('~'))

    def absolute(self):
        """Return an absolute version of this path
        No normalization or symlink resolution is performed.

        Use resolve() to resolve symlinks and remove '..' segments.
        """
        if self.is_absolute():
            return self
        drive, root, names = self._parse()
        base = self.with_segments(os.getcwd())
        if not names:
            return base
        b_drive, b_root, b_names = base._parse()
        return self._from_pieces(b_drive, b_root, b_names + names)

    def resolve(self, strict=False):
        """
        Make the path absolute, resolving all symlinks on the way and also
        normalizing it.
        """
        return self.with_segments(os.path.realpath(self, strict=strict))

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)
        """
        names = self._parse()[2]
        if not self.anchor and names and names[0][:1] == '~':
            home = os.path.expanduser(names[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *names[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object.
    """
    __slots__ = ()


# Bytes a file URI shows as they are; every other byte is %XX.
_URI_PLAIN = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                       b'0123456789_.-~/')


# Windows's device names, reserved in every directory and with any extension.
_WINDOWS_DEVICES = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
    + ['%s%s' % (kind, n) for kind in ('COM', 'LPT')
       for n in '123456789\xb9\xb2\xb3'])


def _reserved_on_windows(name):
    if name in ('.', '..'):
        return False
    # A name ending in a dot or a space, or holding a character Windows
    # refuses, cannot be a file's.
    if name[-1] in '. ' or any(ch in ':*?"<>|' or ord(ch) < 32 for ch in name):
        return True
    base = name.partition('.')[0].partition(':')[0].rstrip(' ')
    return base.upper() in _WINDOWS_DEVICES


def _file_uri(path):
    drive = path.drive
    if drive[1:2] == ':':
        # c:/x becomes file:///c:/x, the drive letter left as it is.
        head, text = 'file:///' + drive, path.as_posix()[2:]
    elif drive:
        head, text = 'file:', path.as_posix()
    else:
        head, text = 'file://', str(path)
    data = os.fsencode(text)
    return head + ''.join(chr(b) if b in _URI_PLAIN else '%%%02X' % b for b in data)


def _unquote(text):
    """TEXT with its %XX escapes decoded as UTF-8 (a bad escape stays)."""
    if '%' not in text:
        return text
    out = bytearray()
    data = text.encode('utf-8')
    pos = 0
    while pos < len(data):
        if data[pos] == 0x25 and _is_hex(data[pos + 1:pos + 3]):
            out.append(int(data[pos + 1:pos + 3], 16))
            pos += 3
        else:
            out.append(data[pos])
            pos += 1
    return out.decode('utf-8', 'replace')


def _is_hex(pair):
    return len(pair) == 2 and all(c in b'0123456789abcdefABCDEF' for c in pair)


def _pattern_text(pattern):
    if isinstance(pattern, PurePath):
        return str(pattern)
    try:
        return os.fspath(pattern)
    except TypeError:
        raise TypeError("_path_splitroot_ex: path should be string, bytes or "
                        "os.PathLike, not %s" % type(pattern).__name__) from None


class _TreeMatcher:
    """Path.glob's walk: the pattern's segments are matched one at a time,
    each against the paths the previous one produced.  A literal segment is
    joined without listing (and checked at the end), a wildcard lists the
    directory, '**' walks the tree below (not through symbolic links unless
    asked to)."""

    def __init__(self, segments, dirs_only, case_blind, recurse_symlinks):
        self.segments = segments
        self.dirs_only = dirs_only
        self.flags = re.IGNORECASE if case_blind else 0
        self.recurse_symlinks = recurse_symlinks
        self.tests = [None if self._literal(s) else
                      re.compile(fnmatch.translate(s), self.flags).match
                      for s in segments]

    def _literal(self, segment):
        if segment == '..':
            return True
        if segment == '**' or glob.has_magic(segment):
            return False
        return not self.flags

    def matches(self, base, index):
        last = index == len(self.segments) - 1
        segment = self.segments[index]
        if segment == '**':
            yield from self._deep(base, index, last)
            return
        test = self.tests[index]
        if test is None:
            child = base.joinpath(segment)
            if not last:
                yield from self.matches(child, index + 1)
            elif self._wanted(child):
                yield child
            return
        for name, entry in _listing(base):
            if test(name) is None:
                continue
            if last:
                if not self.dirs_only or _is_dir_entry(entry, True):
                    yield base.joinpath(name)
            elif _is_dir_entry(entry, True):
                yield from self.matches(base.joinpath(name), index + 1)

    def _deep_by_text(self, base, index):
        # Following links, '**' and what comes after it are matched as one
        # expression against each path below BASE, relative to it.
        rest = '/'.join(self.segments[index:])
        test = re.compile(glob.translate(rest, recursive=True, include_hidden=True,
                                         seps='/'), self.flags).match
        stack = [(base, '')]
        while stack:
            path, relative = stack.pop()
            children = []
            for name, entry in _listing(path):
                child = (path.joinpath(name), relative + name)
                is_dir = _is_dir_entry(entry, True)
                if test(child[1]) and (is_dir or not self.dirs_only):
                    yield child[0]
                if is_dir:
                    children.append((child[0], child[1] + '/'))
            stack.extend(reversed(children))

    def _wanted(self, path):
        if self.dirs_only:
            return path.is_dir()
        return path.exists(follow_symlinks=False)

    def _deep(self, base, index, last):
        # BASE and every path below it, each directory before its contents.
        # Only directories go on to the rest of the pattern.
        if (self.recurse_symlinks and not last
                and '..' not in self.segments[index:]):
            yield from self._deep_by_text(base, index)
            return
        if not base.is_dir():
            return
        follow = self.recurse_symlinks
        stack = [(base, True)]
        while stack:
            path, is_dir = stack.pop()
            if last:
                if is_dir or not self.dirs_only:
                    yield path
            elif is_dir:
                yield from self.matches(path, index + 1)
            if not is_dir:
                continue
            children = []
            for name, entry in _listing(path):
                deeper = _is_dir_entry(entry, follow)
                if deeper or last:
                    children.append((path.joinpath(name), deeper))
            stack.extend(reversed(children))


def _listing(path):
    try:
        with os.scandir(path) as entries:
            return [(entry.name, entry) for entry in entries]
    except OSError:
        return []


def _is_dir_entry(entry, follow):
    try:
        return entry.is_dir(follow_symlinks=follow)
    except OSError:
        return False


class _StatMemo:
    """Path.info: asks the system at most once with and once without
    following links, and answers from those answers after."""

    __slots__ = ('_path', '_answers')

    def __init__(self, path):
        self._path = path
        self._answers = {}

    def __repr__(self):
        return "<%s.info>" % type(self._path).__name__

    def _mode(self, follow):
        try:
            return self._answers[follow]
        except KeyError:
            pass
        try:
            mode = os.stat(self._path, follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            mode = 0
        self._answers[follow] = mode
        return mode

    def exists(self, *, follow_symlinks=True):
        """Whether this path exists."""
        return self._mode(follow_symlinks) != 0

    def is_dir(self, *, follow_symlinks=True):
        """Whether this path is a directory."""
        return stat.S_ISDIR(self._mode(follow_symlinks))

    def is_file(self, *, follow_symlinks=True):
        """Whether this path is a regular file."""
        return stat.S_ISREG(self._mode(follow_symlinks))

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return stat.S_ISLNK(self._mode(False))


def _refuse_copy_onto(source, target):
    """The errors of copying a path onto itself or into itself."""
    if source == target:
        raise OSError(errno.EINVAL, "Source and target are the same path",
                      str(source), None, str(target))
    if source.absolute() in target.absolute().parents:
        raise OSError(errno.EINVAL, "Source path is a parent of target path",
                      str(source), None, str(target))
    _refuse_same_file(source, target)


def _refuse_same_file(source, target):
    """Raise when SOURCE and TARGET are one file (what a rename would
    silently accept); paths that cannot be looked at are left to the
    operation itself."""
    try:
        a = os.stat(source)
        b = os.stat(target)
    except (OSError, ValueError):
        return
    if (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino):
        raise OSError(errno.EINVAL, "Source and target are the same file",
                      str(source), None, str(target))


def _walk_tree(top, top_down, on_error, follow_symlinks):
    """Path.walk's generator.  One stack holds directories still to list
    and, bottom-up, the listings waiting for their subdirectories; a
    directory's children are pushed in reverse so they come out in order."""
    stack = [top]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            yield item
            continue
        try:
            with os.scandir(item) as listing:
                entries = list(listing)
        except OSError as error:
            if on_error is not None:
                on_error(error)
            continue
        dirs, files = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
        if top_down:
            # The caller may prune DIRS before we go on.
            yield item, dirs, files
        else:
            stack.append((item, dirs, files))
        stack.extend(item.joinpath(name) for name in reversed(dirs))


# The classes this system's paths are made of.
if os.name == 'nt':
    _NATIVE_PURE, _NATIVE_CONCRETE = PureWindowsPath, WindowsPath
else:
    _NATIVE_PURE, _NATIVE_CONCRETE = PurePosixPath, PosixPath
