"""Helper class to quickly write a loop over all standard input files.

Typical use is:

    import fileinput
    for line in fileinput.input(encoding="utf-8"):
        process(line)

This iterates over the lines of all files listed in sys.argv[1:],
defaulting to sys.stdin if the list is empty.  If a filename is '-' it
is also replaced by sys.stdin and the optional arguments mode and
openhook are ignored.  To specify an alternative list of filenames,
pass it as the argument to input().  A single file name is also allowed.

Functions filename(), lineno() return the filename and cumulative line
number of the line that has just been read; filelineno() returns its
line number in the current file; isfirstline() returns true iff the
line just read is the first line of its file; isstdin() returns true
iff the line was read from sys.stdin.  Function nextfile() closes the
current file so that the next iteration will read the first line from
the next file (if any); lines not read from the file will not count
towards the cumulative line count; the filename is not changed until
after the first line of the next file has been read.  Function close()
closes the sequence.

Optional in-place filtering: if the keyword argument inplace=True is
passed to input() or to the FileInput constructor, the file is moved
to a backup file and standard output is directed to the input file.
If the keyword argument backup=".<some extension>" is also given, it
specifies the extension for the backup file, and the backup file
remains around; by default, the extension is ".bak" and it is deleted
when the output file is closed.  In-place filtering is disabled when
standard input is read.
"""

import os
import sys

__all__ = ("input close nextfile filename lineno filelineno fileno "
           "isfirstline isstdin FileInput hook_compressed hook_encoded").split()

# The FileInput that input() made and the module's functions follow.
_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Return an instance of the FileInput class, which can be iterated.

    The parameters are passed to the constructor of the FileInput class.
    The returned instance, in addition to being an iterator,
    keeps global state for the functions of this module,.
    """
    if _state is not None and _state._current is not None:
        raise RuntimeError("input() already active")
    made = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                     encoding=encoding, errors=errors)
    _follow(made)
    return made


def _follow(instance):
    """Make instance (or None) the one the module's functions follow."""
    global _state
    _state = instance


def close():
    """Close the sequence."""
    active = _state
    _follow(None)
    if active is not None:
        active.close()


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """
    Close the current file so that the next iteration will read the first
    line from the next file (if any); lines not read from the file will
    not count towards the cumulative line count. The filename is not
    changed until after the first line of the next file has been read.
    Before the first line has been read, this function has no effect;
    it cannot be used to skip the first file. After the last line of the
    last file has been read, this function has no effect.
    """
    return _active().nextfile()


def filename():
    """
    Return the name of the file currently being read.
    Before the first line has been read, returns None.
    """
    return _active().filename()


def lineno():
    """
    Return the cumulative line number of the line that has just been read.
    Before the first line has been read, returns 0. After the last line
    of the last file has been read, returns the line number of that line.
    """
    return _active().lineno()


def filelineno():
    """
    Return the line number in the current file. Before the first line
    has been read, returns 0. After the last line of the last file has
    been read, returns the line number of that line within the file.
    """
    return _active().filelineno()


def fileno():
    """
    Return the file number of the current file. When no file is currently
    opened, returns -1.
    """
    return _active().fileno()


def isfirstline():
    """
    Returns true the line just read is the first line of its file,
    otherwise returns false.
    """
    return _active().isfirstline()


def isstdin():
    """
    Returns true if the last line was read from sys.stdin,
    otherwise returns false.
    """
    return _active().isstdin()


class _InPlace:
    """The rewriting of one file: the original moved to its backup name
    and read from there, a new file of the same permissions in its place
    as sys.stdout."""

    def __init__(self, name, suffix, keep_backup, mode, encoding, errors):
        self.backup = name + (suffix or ".bak")
        self.keep_backup = keep_backup
        try:
            os.unlink(self.backup)
        except OSError:
            pass
        os.rename(name, self.backup)
        self.source = open(self.backup, mode, encoding=encoding, errors=errors)
        write_mode = mode.replace("r", "w")
        try:
            permissions = os.fstat(self.source.fileno()).st_mode
        except OSError:
            self.output = open(name, write_mode, encoding=encoding, errors=errors)
        else:
            fd = os.open(name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, permissions)
            self.output = os.fdopen(fd, write_mode, encoding=encoding, errors=errors)
            try:
                os.chmod(name, permissions)     # in spite of the umask
            except OSError:
                pass
        self.saved_stdout = sys.stdout
        sys.stdout = self.output

    def finish(self):
        sys.stdout = self.saved_stdout
        try:
            self.output.close()
        finally:
            try:
                self.source.close()
            finally:
                if not self.keep_backup:
                    try:
                        os.unlink(self.backup)
                    except OSError:
                        pass


class FileInput:
    """FileInput([files[, inplace[, backup]]], *, mode=None, openhook=None)

    Class FileInput is the implementation of the module; its methods
    filename(), lineno(), fileline(), isfirstline(), isstdin(), fileno(),
    nextfile() and close() correspond to the functions of the same name
    in the module.
    In addition it has a readline() method which returns the next
    input line, and a __getitem__() method which implements the
    sequence behavior. The sequence must be accessed in strictly
    sequential order; random access and readline() cannot be mixed.
    """
    # _files holds the names not opened yet.  _current is the file being
    # read (None between files), _rewrite the _InPlace of an in-place
    # file.  _name, _count and _file_count describe the last file opened
    # and the lines read, for filename(), lineno() and filelineno().

    _current = None         # (on the class for __del__ after a failed __init__)
    _rewrite = None
    _from_stdin = False

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ("-",)
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._name = None
        self._count = 0
        self._file_count = 0
        self._from_stdin = False

    __class_getitem__ = classmethod(type(list[int]))

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        while True:
            if self._current is None:
                if not self._files:
                    return b"" if "b" in self._mode else ""
                self._open_next()
            line = self._current.readline()
            if line:
                self._count += 1
                self._file_count += 1
                return line
            self.nextfile()

    def _open_next(self):
        name = self._files[0]
        self._files = self._files[1:]
        self._name = name
        self._file_count = 0
        if name == "-":
            self._name = "<stdin>"
            stdin = sys.stdin
            self._current = getattr(stdin, "buffer", stdin) if "b" in self._mode else stdin
            self._from_stdin = True
        elif self._inplace:
            self._rewrite = _InPlace(name, self._backup, bool(self._backup),
                                     self._mode, self._encoding, self._errors)
            self._current = self._rewrite.source
        elif self._openhook is None:
            self._current = open(name, self._mode, encoding=self._encoding,
                                 errors=self._errors)
        elif self._encoding is None:
            self._current = self._openhook(name, self._mode)
        else:
            self._current = self._openhook(name, self._mode, encoding=self._encoding,
                                           errors=self._errors)

    def nextfile(self):
        current, self._current = self._current, None
        rewrite, self._rewrite = self._rewrite, None
        from_stdin, self._from_stdin = self._from_stdin, False
        if rewrite is not None:
            rewrite.finish()
        elif current is not None and not from_stdin:
            current.close()         # standard input is never closed

    def close(self):
        self._files = ()            # nothing more to open, then
        self.nextfile()             # close what is open

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __del__(self):
        self.close()

    def filename(self):
        return self._name

    def lineno(self):
        return self._count

    def filelineno(self):
        return self._file_count

    def fileno(self):
        if self._current is None:
            return -1
        try:
            return self._current.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._file_count == 1

    def isstdin(self):
        return self._from_stdin


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An open hook that reads .gz and .bz2 files through gzip and bz2;
    other files are opened as open() does."""
    extension = os.path.splitext(filename)[1]
    if extension == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" in mode:
        return stream
    import io
    return io.TextIOWrapper(stream, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """An open hook that opens files with the given encoding and errors."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
