"""Filename globbing utility."""

import os
import re
import stat
import sys
import warnings

import fnmatch

__all__ = ["glob", "iglob", "escape", "translate"]

magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a `pathname` pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns by default.

    The order of the returned list is undefined. Sort it if you need a
    particular order.

    If `root_dir` is not None, it should be a path-like object specifying
    the root directory for searching.  It has the same effect as changing
    the current directory before calling it (without actually changing it).
    If pathname is relative, the result will contain paths relative to
    `root_dir`.

    If `dir_fd` is not None, it should be a file descriptor referring to a
    directory, and paths will then be relative to that directory.

    If `include_hidden` is true, wildcards can match path segments beginning
    with a dot ('.').

    If `recursive` is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a `pathname` pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. However, unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns.

    The order of the returned paths is undefined. Sort them if you need a
    particular order.

    If `root_dir` is not None, it should be a path-like object specifying
    the root directory for searching.  It has the same effect as changing
    the current directory before calling it (without actually changing it).
    If pathname is relative, the result will contain paths relative to
    `root_dir`.

    If `dir_fd` is not None, it should be a file descriptor referring to a
    directory, and paths will then be relative to that directory.

    If `include_hidden` is true, wildcards can match path segments beginning
    with a dot ('.').

    If `recursive` is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    empty = pathname[:0]        # refuses what is not a string, as CPython's
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    root = empty if root_dir is None else os.fspath(root_dir)
    search = _Search(root, dir_fd, recursive, include_hidden)
    return search.top(pathname)


class _Search:
    """One glob call: where names are looked up and which names a wildcard
    may match.  Paths it handles are relative to the root (the current
    directory, ROOT, and/or the directory DIR_FD) and are what it yields."""

    def __init__(self, root, dir_fd, recursive, include_hidden):
        self.root = root
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.hidden = include_hidden

    def top(self, pattern):
        # A leading '**' would match the root itself, which is no result.
        for path in self.expand(pattern, False):
            if path:
                yield path

    def is_deep(self, part):
        return self.recursive and part in ('**', b'**')

    def expand(self, pattern, dirs_only):
        """Paths matching PATTERN (directories only if DIRS_ONLY)."""
        if not has_magic(pattern):
            # Nothing to expand: the path itself, if it is there.
            head, tail = os.path.split(pattern)
            if tail:
                if self.lexists(pattern):
                    yield pattern
            elif head and self.isdir(head):
                yield pattern
            return
        head, tail = os.path.split(pattern)
        if not head:
            yield from self.in_dir(head, tail, dirs_only)
            return
        parents = self.expand(head, True) if has_magic(head) else (head,)
        for parent in parents:
            for name in self.in_dir(parent, tail, dirs_only):
                yield os.path.join(parent, name)

    def in_dir(self, parent, part, dirs_only):
        """Names, relative to PARENT, that the one segment PART matches."""
        if self.is_deep(part):
            yield part[:0]
            yield from self.descend(parent, dirs_only)
        elif has_magic(part):
            test = fnmatch._matcher(part)
            for name, entry in self.entries(parent, part):
                if test(name) is not None and (not dirs_only or _entry_is_dir(entry)):
                    yield name
        elif part:
            if self.lexists(os.path.join(parent, part)):
                yield part
        elif parent and self.isdir(parent):
            yield part

    def descend(self, parent, dirs_only):
        """Every path below PARENT, each directory before what it holds
        (symbolic links to directories are followed)."""
        for name, entry in self.entries(parent, None):
            is_dir = _entry_is_dir(entry)
            if dirs_only and not is_dir:
                continue
            yield name
            if is_dir:
                below = os.path.join(parent, name) if parent else name
                for sub in self.descend(below, dirs_only):
                    yield os.path.join(name, sub)

    def full(self, path):
        if not self.root:
            return path
        return os.path.join(self.root, path) if path else self.root

    def entries(self, parent, part):
        """(name, DirEntry) pairs of PARENT, in the order scandir gives them,
        without hidden names unless PART (None for '**') asks for them."""
        path = self.full(parent)
        keep_hidden = self.hidden or (part is not None and _hidden(part))
        try:
            if self.dir_fd is None:
                found = self._scan(path or os.curdir if isinstance(path, str)
                                   else path or os.curdir.encode())
            elif path:
                fd = os.open(path, _DIR_FLAGS, dir_fd=self.dir_fd)
                try:
                    found = self._scan(fd)
                finally:
                    os.close(fd)
            else:
                found = self._scan(self.dir_fd)
        except OSError:
            return []
        if self.dir_fd is not None and isinstance(parent, bytes):
            found = [(os.fsencode(name), entry) for name, entry in found]
        if not keep_hidden:
            found = [pair for pair in found if not _hidden(pair[0])]
        return found

    @staticmethod
    def _scan(where):
        with os.scandir(where) as listing:
            return [(entry.name, entry) for entry in listing]

    def lexists(self, path):
        try:
            if self.dir_fd is None:
                os.lstat(self.full(path))
            else:
                os.lstat(self.full(path), dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return True

    def isdir(self, path):
        try:
            if self.dir_fd is None:
                info = os.stat(self.full(path))
            else:
                info = os.stat(self.full(path), dir_fd=self.dir_fd)
        except (OSError, ValueError):
            return False
        return stat.S_ISDIR(info.st_mode)


_DIR_FLAGS = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _hidden(name):
    return name[:1] in ('.', b'.')


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def escape(pathname):
    """Escape all special characters.
    """
    # The drive (none on POSIX) is left alone; each wildcard character
    # becomes a set holding only itself.
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = magic_check_bytes.sub(br'[\1]', rest)
    else:
        rest = magic_check.sub(r'[\1]', rest)
    return drive + rest


_WARNING = ("glob.{} is deprecated and will be removed in Python 3.15. "
            "Use glob.glob and pass a directory to its root_dir argument instead.")


def glob0(dirname, pattern):
    warnings.warn(_WARNING.format('glob0'), DeprecationWarning, stacklevel=2)
    if pattern:
        return [pattern] if _Search(dirname, None, False, False).lexists(pattern) else []
    return [pattern] if os.path.isdir(dirname) else []


def glob1(dirname, pattern):
    warnings.warn(_WARNING.format('glob1'), DeprecationWarning, stacklevel=2)
    search = _Search(dirname, None, False, False)
    return list(search.in_dir(dirname[:0], pattern, False))


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """Translate a pathname with shell wildcards to a regular expression.

    If `recursive` is true, the pattern segment '**' will match any number
    of path segments.

    If `include_hidden` is true, wildcards can match path segments beginning
    with a dot ('.').

    If a sequence of separator characters is given to `seps`, they will be
    used to split the pattern into segments and match path separators.  If
    not given, os.path.sep and os.path.altsep (where available) are used.
    """
    if not seps:
        seps = os.path.sep + (os.path.altsep or '')
    sep_chars = ''.join(re.escape(s) for s in seps)
    sep = '[%s]' % sep_chars if len(seps) > 1 else sep_chars
    name_char = '[^%s]' % sep_chars
    # What a wildcard segment may be: any name, or one not starting with a dot.
    if include_hidden:
        last_name = name_char + '+'
        deep_inner = '(?:.+%s)?' % sep
        deep_last = '.*'
    else:
        last_name = '[^%s.]%s*' % (sep_chars, name_char)
        deep_inner = '(?:%s%s)*' % (last_name, sep)
        deep_last = '%s(?:%s)?' % (deep_inner, last_name)
    parts = re.split(sep, pat)
    final = len(parts) - 1
    out = []
    for index, part in enumerate(parts):
        is_last = index == final
        if part == '*':
            out.append(last_name if is_last else last_name + sep)
            continue
        if recursive and part == '**':
            if is_last:
                out.append(deep_last)
            elif parts[index + 1] != '**':
                out.append(deep_inner)
            continue
        if part:
            if not include_hidden and part[0] in '*?':
                out.append(r'(?!\.)')
            for token in fnmatch._tokens(part):
                if token is fnmatch._STAR:
                    out.append(name_char + '*')
                elif token is fnmatch._ANY:
                    out.append(name_char)
                else:
                    out.append(token)
        if not is_last:
            out.append(sep)
    return r'(?s:%s)\z' % ''.join(out)
