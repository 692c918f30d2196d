"""Utility functions for copying and archiving files and directory trees.

XXX The functions here don't copy the resource fork or other metadata on Mac.

"""

# Not here yet: ignore_patterns (it needs fnmatch) and disk_usage (it
# needs collections.namedtuple); the archive registry starts empty until
# zipfile and tarfile exist.  Copies go through copyfileobj: there is no
# sendfile/copy_file_range fast path, and extended attributes are not
# copied.

import errno
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 256 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def __getattr__(name):
    if name == "ExecError":
        import warnings
        warnings.warn("'shutil.ExecError' is deprecated and slated for removal "
                      "in Python 3.16; it isn't raised by any shutil function.",
                      DeprecationWarning, stacklevel=2)
        return RuntimeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------- paths and entries
# The copy functions take paths or os.DirEntry objects (copytree hands its
# entries on); these helpers ask either kind the same questions.

def _path_stat(path, follow_symlinks=True):
    if isinstance(path, os.DirEntry):
        return path.stat(follow_symlinks=follow_symlinks)
    return os.stat(path, follow_symlinks=follow_symlinks)


def _is_link(path):
    if isinstance(path, os.DirEntry):
        return path.is_symlink()
    return os.path.islink(path)


def _shown(path):
    return path.path if isinstance(path, os.DirEntry) else path


def _same_file(src, dst):
    try:
        if isinstance(src, os.DirEntry):
            return os.path.samestat(src.stat(), os.stat(dst))
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _refuse_special(path):
    """Named pipes cannot be copied: reading one would block."""
    try:
        mode = _path_stat(path).st_mode
    except OSError:
        return                          # missing: open() will say so
    if stat.S_ISFIFO(mode):
        raise SpecialFileError("`%s` is a named pipe" % (_shown(path),))


# ---------------------------------------------------------------- copying files

def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while chunk := read(size):
        write(chunk)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible.

    If follow_symlinks is not set and src is a symbolic link, a new
    symlink will be created instead of copying the file it points to.

    """
    sys.audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_special(src)
    _refuse_special(dst)
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as source:
        try:
            target = open(dst, "wb")
        except IsADirectoryError as exc:
            # "dir/" that does not exist: say what is really missing.
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f"Directory does not exist: {dst}") from exc
        with target:
            copyfileobj(source, target)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst.

    If follow_symlinks is not set, symlinks aren't followed if and only
    if both `src` and `dst` are symlinks.  If `lchmod` isn't available
    (e.g. Linux) this method does nothing.

    """
    sys.audit("shutil.copymode", src, dst)
    links = not follow_symlinks and _is_link(src) and os.path.islink(dst)
    if links and not hasattr(os, "lchmod"):
        return
    mode = _path_stat(src, follow_symlinks=not links).st_mode
    os.chmod(dst, stat.S_IMODE(mode), follow_symlinks=not links)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata

    Copy the permission bits, last access time, last modification time, and
    flags from `src` to `dst`. On Linux, copystat() also copies the "extended
    attributes" where possible. The file contents, owner, and group are
    unaffected. `src` and `dst` are path-like objects or path names given as
    strings.

    If the optional flag `follow_symlinks` is not set, symlinks aren't
    followed if and only if both `src` and `dst` are symlinks.
    """
    sys.audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))
    st = _path_stat(src, follow_symlinks=follow)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    try:
        os.chmod(dst, stat.S_IMODE(st.st_mode), follow_symlinks=follow)
    except NotImplementedError:
        pass                            # a link's mode cannot be set here
    except OSError as exc:
        if follow or exc.errno != errno.ENOTSUP:
            raise


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination.

    The destination may be a directory.

    If follow_symlinks is false, symlinks won't be followed. This
    resembles GNU's "cp -P src dst".

    If source and destination are the same file, a SameFileError will be
    raised.

    """
    target = _target_in(dst, src)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination.

    Metadata is copied with copystat(). Please see the copystat function
    for more information.

    The destination may be a directory.

    If follow_symlinks is false, symlinks won't be followed. This
    resembles GNU's "cp -P src dst".
    """
    target = _target_in(dst, src)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def _target_in(dst, src):
    """dst, or the name src would have inside dst when it is a directory."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


# ---------------------------------------------------------------- trees

def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory.

    If exception(s) occur, an Error is raised with a list of reasons.

    If the optional symlinks flag is true, symbolic links in the
    source tree result in symbolic links in the destination tree; if
    it is false, the contents of the files pointed to by symbolic
    links are copied. If the file pointed to by the symlink doesn't
    exist, an exception will be added in the list of errors raised in
    an Error exception at the end of the copy process.

    You can set the optional ignore_dangling_symlinks flag to true if you
    want to silence this exception. Notice that this has no effect on
    platforms that don't support os.symlink.

    The optional ignore argument is a callable. If given, it
    is called with the `src` parameter, which is the directory
    being visited by copytree(), and `names` which is the list of
    `src` contents, as returned by os.listdir():

        callable(src, names) -> ignored_names

    Since copytree() is called recursively, the callable will be
    called once for each directory that is copied. It returns a
    list of names relative to the `src` directory that should
    not be copied.

    The optional copy_function argument is a callable that will be used
    to copy each file. It will be called with the source path and the
    destination path as arguments. By default, copy2() is used, but any
    function that supports the same signature (like copy()) can be used.

    If dirs_exist_ok is false (the default) and `dst` already exists, a
    `FileExistsError` is raised. If `dirs_exist_ok` is true, the copying
    operation will continue if it encounters existing directories, and files
    within the `dst` tree will be overwritten by corresponding files from the
    `src` tree.
    """
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks,
               dirs_exist_ok)
    return _copy_entries(src, dst, entries, options)


def _copy_entries(src, dst, entries, options):
    symlinks, ignore, copy_function, skip_dangling, exist_ok = options
    skipped = ()
    if ignore is not None:
        skipped = set(ignore(os.fspath(src), [entry.name for entry in entries]))
    os.makedirs(dst, exist_ok=exist_ok)
    # copy and copy2 take the DirEntry itself, which saves a stat.
    hand_entry = copy_function is copy2 or copy_function is copy
    failures = []
    for entry in entries:
        if entry.name in skipped:
            continue
        source_path = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        source = entry if hand_entry else source_path
        try:
            if entry.is_symlink():
                linked = os.readlink(source_path)
                if symlinks:
                    os.symlink(linked, target)
                    copystat(source, target, follow_symlinks=False)
                    continue
                # As in CPython, the link's text is tested relative to
                # the current directory, not to the link's.
                if skip_dangling and not os.path.exists(linked):
                    continue
            if entry.is_dir():
                copytree(source, target, symlinks, ignore, copy_function,
                         skip_dangling, exist_ok)
            else:
                copy_function(source, target)
        except Error as exc:
            failures.extend(exc.args[0])
        except OSError as exc:
            failures.append((source_path, target, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        failures.append((src, dst, str(exc)))
    if failures:
        raise Error(failures)
    return dst


def _raise_it(function, path, exc):
    raise exc


def _error_reporter(ignore_errors, onerror, onexc):
    """The one handler rmtree calls: (function, path, exception)."""
    if ignore_errors:
        return lambda function, path, exc: None
    if onexc is not None:
        return onexc
    if onerror is not None:
        return lambda function, path, exc: onerror(
            function, path, (type(exc), exc, exc.__traceback__))
    return _raise_it


_OPEN_DIR = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def _open_same(name, dir_fd, before, shown, report):
    """Open name (relative to dir_fd) and check it is the object lstat saw
    as `before`; a link swapped in is refused.  The descriptor, or None
    when it was reported."""
    try:
        fd = os.open(name, _OPEN_DIR, dir_fd=dir_fd)
    except OSError as exc:
        report(os.open, shown, exc)
        return None
    if os.path.samestat(before, os.fstat(fd)):
        return fd
    os.close(fd)
    try:
        raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as exc:
        exc.filename = shown
        report(os.path.islink, shown, exc)
    return None


def _remove_directory(name, dir_fd, before, shown, report):
    """Empty and remove directory name (relative to dir_fd), which lstat
    found as `before`; `shown` is its path for the reports."""
    fd = _open_same(name, dir_fd, before, shown, report)
    if fd is None:
        return
    try:
        _empty_directory(fd, shown, report)
    finally:
        os.close(fd)
    try:
        os.rmdir(name, dir_fd=dir_fd)
    except OSError as exc:
        report(os.rmdir, shown, exc)


def _empty_directory(fd, shown, report):
    """Remove everything in the directory open as fd; `shown` is its path
    for the reports."""
    try:
        with os.scandir(fd) as listing:
            entries = list(listing)
    except OSError as exc:
        exc.filename = shown
        report(os.scandir, shown, exc)
        return
    as_bytes = isinstance(shown, bytes)
    for entry in entries:
        name = entry.name
        path = os.path.join(shown, os.fsencode(name) if as_bytes else name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if not is_dir:
            try:
                os.unlink(name, dir_fd=fd)
            except FileNotFoundError:
                pass
            except OSError as exc:
                report(os.unlink, path, exc)
            continue
        try:
            before = entry.stat(follow_symlinks=False)
        except OSError as exc:
            report(os.lstat, path, exc)
            continue
        _remove_directory(name, fd, before, path, report)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Recursively delete a directory tree.

    If dir_fd is not None, it should be a file descriptor open to a directory;
    path will then be relative to that directory.
    dir_fd may not be implemented on your platform.
    If it is unavailable, using it will raise a NotImplementedError.

    If ignore_errors is set, errors are ignored; otherwise, if onexc or
    onerror is set, it is called to handle the error with arguments (func,
    path, exc_info) where func is platform and implementation dependent;
    path is the argument to that function that caused it to fail; and
    the value of exc_info describes the exception. For onexc it is the
    exception instance, and for onerror it is a tuple as returned by
    sys.exc_info().  If ignore_errors is false and both onexc and
    onerror are None, the exception is reraised.

    onerror is deprecated and only remains for backwards compatibility.
    If both onerror and onexc are set, onerror is ignored and onexc is used.
    """
    # Every directory is opened and checked against what lstat saw before
    # its entries are removed relative to its descriptor, so that a link
    # swapped in meanwhile cannot send the removal elsewhere.
    sys.audit("shutil.rmtree", path, dir_fd)
    report = _error_reporter(ignore_errors, onerror, onexc)
    try:
        before = os.lstat(path, dir_fd=dir_fd)
    except Exception as exc:
        report(os.lstat, path, exc)
        return
    _remove_directory(path, dir_fd, before, path, report)


rmtree.avoids_symlink_attacks = True


# ---------------------------------------------------------------- moving

def _is_inside(src, dst):
    """Whether dst lies in the directory src (or is src)."""
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    sep = os.sep.encode() if isinstance(src, bytes) else os.sep
    return (dst.rstrip(sep) + sep).startswith(src.rstrip(sep) + sep)


def _last_part(path):
    """The last component of path, trailing separators ignored."""
    sep = os.sep.encode() if isinstance(path, bytes) else os.sep
    return os.path.basename(os.fspath(path).rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location. This is
    similar to the Unix "mv" command. Return the file or directory's
    destination.

    If dst is an existing directory or a symlink to a directory, then src is
    moved inside that directory. The destination path in that directory must
    not already exist.

    If dst already exists but is not a directory, it may be overwritten
    depending on os.rename() semantics.

    If the destination is on our current filesystem, then rename() is used.
    Otherwise, src is copied to the destination and then removed. Symlinks are
    recreated under the new name if os.rename() fails because of cross
    filesystem renames.

    The optional `copy_function` argument is a callable that will be used
    to copy the source or it will be delegated to `copytree`.
    By default, copy2() is used, but any function that supports the same
    signature (like copy()) can be used.

    A lot more could be done here...  A look at a mv.c shows a lot of
    the issues this implementation glosses over.

    """
    sys.audit("shutil.move", src, dst)
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst) and not os.path.islink(src):
            os.rename(src, dst)         # the same directory: nothing to do
            return None
        target = os.path.join(dst, _last_part(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # Another file system (or something rename refuses): copy, then remove.
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


# ---------------------------------------------------------------- ownership, terminal, PATH

def _id_of(name, kind):
    """The number of a user or group name, or None."""
    try:
        if kind == "user":
            import pwd
            return pwd.getpwnam(name).pw_uid
        import grp
        return grp.getgrnam(name).gr_gid
    except (ImportError, KeyError):
        return None


def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
    """Change owner user and group of the given path.

    user and group can be the uid/gid or the user/group names, and in that case,
    they are converted to their respective uid/gid.

    If dir_fd is set, it should be an open file descriptor to the directory to
    be used as the root of *path* if it is relative.

    If follow_symlinks is set to False and the last element of the path is a
    symbolic link, chown will modify the link itself and not the file being
    referenced by the link.
    """
    sys.audit("shutil.chown", path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    ids = []
    for value, kind in ((user, "user"), (group, "group")):
        if value is None:
            value = -1
        elif isinstance(value, str):
            number = _id_of(value, kind)
            if number is None:
                raise LookupError("no such {}: {!r}".format(kind, value))
            value = number
        ids.append(value)
    os.chown(path, ids[0], ids[1], dir_fd=dir_fd, follow_symlinks=follow_symlinks)


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window.

    For each of the two dimensions, the environment variable, COLUMNS
    and LINES respectively, is checked. If the variable is defined and
    the value is a positive integer, it is used.

    When COLUMNS or LINES is not defined, which is the common case,
    the terminal connected to sys.__stdout__ is queried
    by invoking os.get_terminal_size.

    If the terminal size cannot be successfully queried, either because
    the system doesn't support querying, or because we are not
    connected to a terminal, the value given in fallback parameter
    is used. Fallback defaults to (80, 24) which is the default
    size used by many terminal emulators.

    The value returned is a named tuple of type os.terminal_size.
    """
    wanted = []
    for variable in ("COLUMNS", "LINES"):
        try:
            wanted.append(int(os.environ[variable]))
        except (KeyError, ValueError):
            wanted.append(0)
    if wanted[0] <= 0 or wanted[1] <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        for index in (0, 1):
            if wanted[index] <= 0:
                wanted[index] = measured[index] or fallback[index]
    return os.terminal_size(wanted)


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Given a command, mode, and a PATH string, return the path which
    conforms to the given mode on the PATH, or None if there is no such
    file.

    `mode` defaults to os.F_OK | os.X_OK. `path` defaults to the result
    of os.environ.get("PATH"), or can be overridden with a custom search
    path.

    """
    if os.path.dirname(cmd):
        # A name with a directory part is not searched for.
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        directories = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        directories = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for directory in directories:
        key = os.path.normcase(directory)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(directory, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


# ---------------------------------------------------------------- archives
# name -> (function, extra arguments, description).  The built-in formats
# (zip, tar and its compressed forms) come with zipfile and tarfile.

_ARCHIVE_FORMATS = {}

# name -> (extensions, function, extra arguments, description)
_UNPACK_FORMATS = {}


def get_archive_formats():
    """Returns a list of supported formats for archiving and unarchiving.

    Each element of the returned sequence is a tuple (name, description)
    """
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def _check_extra_args(extra_args):
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError("extra_args needs to be a sequence")
    for pair in extra_args:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError("extra_args elements are : (arg_name, value)")


def register_archive_format(name, function, extra_args=None, description=""):
    """Registers an archive format.

    name is the name of the format. function is the callable that will be
    used to create archives. If provided, extra_args is a sequence of
    (name, value) tuples that will be passed as arguments to the callable.
    description can be provided to describe the format, and will be returned
    by the get_archive_formats() function.
    """
    extra_args = [] if extra_args is None else extra_args
    if not callable(function):
        raise TypeError("The %s object is not callable" % function)
    _check_extra_args(extra_args)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive file (eg. zip or tar).

    'base_name' is the name of the file to create, minus any format-specific
    extension; 'format' is the archive format: one of "zip", "tar", "gztar",
    "bztar", "xztar", or "zstdtar".  Or any other registered format.

    'root_dir' is a directory that will be the root directory of the
    archive; ie. we typically chdir into 'root_dir' before creating the
    archive.  'base_dir' is the directory where we start archiving from;
    ie. 'base_dir' will be the common prefix of all files and
    directories in the archive.  'root_dir' and 'base_dir' both default
    to the current directory.  Returns the name of the archive file.

    'owner' and 'group' are used when creating a tar archive. By default,
    uses the current owner and group.
    """
    sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        function, extra_args, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    arguments = {"dry_run": dry_run, "logger": logger, "owner": owner,
                 "group": group}
    arguments.update(dict(extra_args))
    if base_dir is None:
        base_dir = os.curdir
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory", root_dir)
        if getattr(function, "supports_root_dir", False):
            arguments["root_dir"] = root_dir
            root_dir = None
        else:
            # The function works from the current directory: go to
            # root_dir for it, with base_name made absolute first.
            base_name = os.path.abspath(os.fspath(base_name))
    back_to = None
    if root_dir is not None and not dry_run:
        back_to = os.getcwd()
        os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **arguments)
    finally:
        if back_to is not None:
            os.chdir(back_to)


def get_unpack_formats():
    """Returns a list of supported formats for unpacking.

    Each element of the returned sequence is a tuple
    (name, extensions, description)
    """
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=""):
    """Registers an unpack format.

    `name` is the name of the format. `extensions` is a list of extensions
    corresponding to the format.

    `function` is the callable that will be
    used to unpack archives. The callable will receive archives to unpack.
    If it's unable to handle an archive, it needs to raise a ReadError
    exception.

    If provided, `extra_args` is a sequence of
    (name, value) tuples that will be passed as arguments to the callable.
    description can be provided to describe the format, and will be returned
    by the get_unpack_formats() function.
    """
    extra_args = [] if extra_args is None else extra_args
    owners = {}
    for other, entry in _UNPACK_FORMATS.items():
        for extension in entry[0]:
            owners[extension] = other
    for extension in extensions:
        if extension in owners:
            raise RegistryError('%s is already registered for "%s"'
                                % (extension, owners[extension]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    """Removes the pack format from the registry."""
    del _UNPACK_FORMATS[name]


def _format_for(filename):
    lowered = filename.lower()
    for name, entry in _UNPACK_FORMATS.items():
        for extension in entry[0]:
            if lowered.endswith(extension):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive.

    `filename` is the name of the archive.

    `extract_dir` is the name of the target directory, where the archive
    is unpacked. If not provided, the current working directory is used.

    `format` is the archive format: one of "zip", "tar", "gztar", "bztar",
    "xztar", or "zstdtar".  Or any other registered format.  If not
    provided, unpack_archive will use the filename extension and see if
    an unpacker was registered for that extension.

    In case none is found, a ValueError is raised.

    If `filter` is given, it is passed to the underlying
    extraction function.
    """
    sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        format = _format_for(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, function, extra_args, _ = _UNPACK_FORMATS[format]
    arguments = dict(extra_args)
    if filter is not None:
        arguments["filter"] = filter
    function(filename, extract_dir, **arguments)


def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter.

    Patterns is a sequence of glob-style patterns
    that are used to exclude files"""
    import fnmatch

    def _ignore_patterns(path, names):
        # every name some pattern matches
        matched = set()
        for pattern in patterns:
            matched.update(fnmatch.filter(names, pattern))
        return matched

    return _ignore_patterns


def _usage_type():
    from collections import namedtuple
    usage = namedtuple('usage', 'total used free')
    usage.__module__ = __name__
    for field, doc in zip(usage._fields, ('Total space in bytes', 'Used space in bytes',
                                          'Free space in bytes')):
        getattr(usage, field).__doc__ = doc
    return usage


_usage = None


def disk_usage(path):
    """Return disk usage statistics about the given path.

    Returned value is a named tuple with attributes 'total', 'used' and
    'free', which are the amount of total, used and free space, in bytes.
    """
    global _usage
    if _usage is None:
        _usage = _usage_type()  # made on first use: collections stays unimported until then
    st = os.statvfs(path)
    block = st.f_frsize
    return _usage(st.f_blocks * block, (st.f_blocks - st.f_bfree) * block, st.f_bavail * block)
