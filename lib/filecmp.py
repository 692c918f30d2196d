"""Utilities for comparing files and directories.

Classes:
    dircmp

Functions:
    cmp(f1, f2, shallow=True) -> int
    cmpfiles(a, b, common) -> ([], [], [])
    clear_cache()

"""

import os
import stat

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# Deep comparisons already made: (f1, f2, signature1, signature2) -> bool.
# A file changed without a new size or mtime keeps its old answer.
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _signature(path):
    """What a shallow comparison looks at: file type, size, mtime."""
    st = os.stat(path)
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Compare two files.

    Arguments:

    f1 -- First file name

    f2 -- Second file name

    shallow -- treat files as identical if their stat signatures (type, size,
               mtime) are identical. Otherwise, files are considered different
               if their sizes or contents differ.  [default: True]

    Return value:

    True if the files are the same, False otherwise.

    This function uses a cache for past comparisons and the results,
    with cache entries invalidated if their stat information
    changes.  The cache may be cleared by calling clear_cache().
    """
    sig1 = _signature(f1)
    sig2 = _signature(f2)
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False                    # only regular files compare equal
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False                    # sizes differ
    key = (f1, f2, sig1, sig2)
    known = _cache.get(key)
    if known is None:
        known = _same_bytes(f1, f2)
        if len(_cache) > _CACHE_LIMIT:
            clear_cache()
        _cache[key] = known
    return known


def _same_bytes(f1, f2):
    with open(f1, 'rb') as one, open(f2, 'rb') as two:
        while True:
            chunk = one.read(BUFSIZE)
            if chunk != two.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmpfiles(a, b, common, shallow=True):
    """Compare common files in two directories.

    a, b -- directory names
    common -- list of file names found in both directories
    shallow -- if true, do comparison based solely on stat() information

    Returns a tuple of three lists:
      files that compare equal
      files that are different
      filenames that aren't regular files.

    """
    same, different, trouble = [], [], []
    for name in common:
        left = os.path.join(a, name)
        right = os.path.join(b, name)
        try:
            equal = cmp(left, right, shallow)
        except (OSError, ValueError):
            trouble.append(name)
        else:
            (same if equal else different).append(name)
    return same, different, trouble


def _kind_of(path):
    """The S_IFMT file type of path, or None when it cannot be stat'ed."""
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


class dircmp:
    """A class that manages the comparison of 2 directories.

    dircmp(a, b, ignore=None, hide=None, *, shallow=True)
      A and B are directories.
      IGNORE is a list of names to ignore,
        defaults to DEFAULT_IGNORES.
      HIDE is a list of names to hide,
        defaults to [os.curdir, os.pardir].
      SHALLOW specifies whether to just check the stat signature (do not read
        the files).
        defaults to True.

    High level usage:
      x = dircmp(dir1, dir2)
      x.report() -> prints a report on the differences between dir1 and dir2
       or
      x.report_partial_closure() -> prints report on differences between dir1
            and dir2, and reports on common immediate subdirectories.
      x.report_full_closure() -> like report_partial_closure,
            but fully recursive.

    Attributes:
     left_list, right_list: The files in dir1 and dir2,
        filtered by hide and ignore.
     common: a list of names in both dir1 and dir2.
     left_only, right_only: names only in dir1, dir2.
     common_dirs: subdirectories in both dir1 and dir2.
     common_files: files in both dir1 and dir2.
     common_funny: names in both dir1 and dir2 where the type differs between
        dir1 and dir2, or the name is not stat-able.
     same_files: list of identical files.
     diff_files: list of filenames which differ.
     funny_files: list of files which could not be compared.
     subdirs: a dictionary of dircmp instances (or MyDirCmp instances if this
       object is of type MyDirCmp, a subclass of dircmp), keyed by names
       in common_dirs.
     """

    # Each result attribute is made, together with its siblings, by one
    # phase when it is first read (see __getattr__ and methodmap).  The
    # phases build on each other: 0 lists, 1 matches names, 2 sorts the
    # common names by file type, 3 compares files, 4 descends.

    def __init__(self, a, b, ignore=None, hide=None, *, shallow=True):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore
        self.shallow = shallow

    def _listing(self, directory):
        skipped = self.hide + self.ignore
        return sorted(name for name in os.listdir(directory) if name not in skipped)

    def phase0(self):
        self.left_list = self._listing(self.left)
        self.right_list = self._listing(self.right)

    def phase1(self):
        # Names are matched after os.path.normcase (case-insensitive
        # systems), but reported as the left side spells them.
        right_names = {os.path.normcase(name) for name in self.right_list}
        left_names = {os.path.normcase(name) for name in self.left_list}
        self.common = [name for name in self.left_list
                       if os.path.normcase(name) in right_names]
        self.left_only = [name for name in self.left_list
                          if os.path.normcase(name) not in right_names]
        self.right_only = [name for name in self.right_list
                           if os.path.normcase(name) not in left_names]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kind = _kind_of(os.path.join(self.left, name))
            other = _kind_of(os.path.join(self.right, name))
            if kind is None or kind != other:
                self.common_funny.append(name)
            elif kind == stat.S_IFDIR:
                self.common_dirs.append(name)
            elif kind == stat.S_IFREG:
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files, self.shallow)

    def phase4(self):
        # Subdirectories are compared by the same class as this one.
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide, shallow=self.shallow)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    # Which phase makes which attribute.  The functions are dircmp's own:
    # a subclass overriding a phase is not called for lazy attributes.
    methodmap = {}
    for _phase, _names in ((phase0, ('left_list', 'right_list')),
                           (phase1, ('common', 'left_only', 'right_only')),
                           (phase2, ('common_dirs', 'common_files', 'common_funny')),
                           (phase3, ('same_files', 'diff_files', 'funny_files')),
                           (phase4, ('subdirs',))):
        for _name in _names:
            methodmap[_name] = _phase
    del _phase, _names, _name

    def __getattr__(self, attr):
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return self.__dict__[attr]

    def report(self):
        print('diff', self.left, self.right)
        for side, names in ((self.left, self.left_only),
                            (self.right, self.right_only)):
            if names:
                names.sort()
                print('Only in', side, ':', names)
        for title, names in (('Identical files :', self.same_files),
                             ('Differing files :', self.diff_files),
                             ('Trouble with common files :', self.funny_files),
                             ('Common subdirectories :', self.common_dirs),
                             ('Common funny cases :', self.common_funny)):
            if names:
                names.sort()
                print(title, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(type(list[int]))
