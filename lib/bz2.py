"""Interface to the libbzip2 compression library.

This module provides a file interface, classes for incremental
(de)compression, and functions for one-shot (de)compression.
"""

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor',
           'open', 'compress', 'decompress']

__author__ = "Nadeem Vawda <nadeem.vawda@gmail.com>"

import builtins
import io
import os

from _bz2 import BZ2Compressor, BZ2Decompressor

_CHUNK = io.DEFAULT_BUFFER_SIZE

# What each accepted mode string opens the underlying file with.
_FILE_MODES = {'': 'rb', 'r': 'rb', 'rb': 'rb', 'w': 'wb', 'wb': 'wb',
               'x': 'xb', 'xb': 'xb', 'a': 'ab', 'ab': 'ab'}


class _Streams(io.RawIOBase):
    # The decompressed bytes of every bzip2 stream in a file, one stream
    # after another, as a raw stream io.BufferedReader can buffer.  After
    # the first stream, bytes that do not start a valid stream end the data.

    def __init__(self, fp):
        self._fp = fp
        self._start()

    def _start(self):
        self._dec = BZ2Decompressor()
        self._offset = 0
        self._finished = False
        self._streams_seen = 0

    def readable(self):
        return True

    def seekable(self):
        return self._fp.seekable()

    def tell(self):
        return self._offset

    def close(self):
        self._dec = None
        super().close()

    def _next_piece(self, limit):
        # Some decompressed bytes (at most limit), or b'' at the end.
        while True:
            dec = self._dec
            if dec.eof:
                leftover = dec.unused_data or self._fp.read(_CHUNK)
                if not leftover:
                    return b''
                self._streams_seen += 1
                dec = self._dec = BZ2Decompressor()
                try:
                    piece = dec.decompress(leftover, limit)
                except OSError:
                    return b''
            else:
                fresh = b''
                if dec.needs_input:
                    fresh = self._fp.read(_CHUNK)
                    if not fresh:
                        raise EOFError('Compressed file ended before the '
                                       'end-of-stream marker was reached')
                piece = dec.decompress(fresh, limit)
            if piece:
                return piece

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if size == 0 or self._finished:
            return b''
        piece = self._next_piece(size)
        if not piece:
            self._finished = True
            return b''
        self._offset += len(piece)
        return piece

    def readall(self):
        parts = []
        while True:
            piece = self.read(1 << 20)
            if not piece:
                return b''.join(parts)
            parts.append(piece)

    def readinto(self, b):
        with memoryview(b) as view, view.cast('B') as flat:
            piece = self.read(len(flat))
            flat[:len(piece)] = piece
        return len(piece)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            while self.read(1 << 20):
                pass
            offset += self._offset
        elif whence != io.SEEK_SET:
            raise ValueError('Invalid value for whence: {}'.format(whence))
        if offset < self._offset:
            # no going back in a compressed stream: start over
            self._fp.seek(0)
            self._start()
        remaining = offset - self._offset
        while remaining > 0:
            piece = self.read(min(remaining, 1 << 20))
            if not piece:
                break
            remaining -= len(piece)
        return self._offset


class BZ2File(io.BufferedIOBase):
    """A file object providing transparent bzip2 (de)compression.

    A BZ2File can act as a wrapper for an existing file object, or refer
    directly to a named file on disk.

    Note that BZ2File provides a *binary* file interface - data read is
    returned as bytes, and data to be written should be given as bytes.
    """

    def __init__(self, filename, mode='r', *, compresslevel=9):
        """Open a bzip2-compressed file.

        If filename is a str, bytes, or PathLike object, it gives the
        name of the file to be opened. Otherwise, it should be a file
        object, which will be used to read or write the compressed data.

        mode can be 'r' for reading (default), 'w' for (over)writing,
        'x' for creating exclusively, or 'a' for appending. These can
        equivalently be given as 'rb', 'wb', 'xb', and 'ab'.

        If mode is 'w', 'x' or 'a', compresslevel can be a number between 1
        and 9 specifying the level of compression: 1 produces the least
        compression, and 9 (default) produces the most compression.

        If mode is 'r', the input file may be the concatenation of
        multiple compressed streams.
        """
        self._fp = None
        self._owns_fp = False
        self._reading = self._writing = False
        self._buffer = None
        self._mode_name = 'rb'
        if not 1 <= compresslevel <= 9:
            raise ValueError('compresslevel must be between 1 and 9')
        file_mode = _FILE_MODES.get(mode) if isinstance(mode, str) else None
        if file_mode is None:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, file_mode)
            self._owns_fp = True
        elif hasattr(filename, 'read') or hasattr(filename, 'write'):
            self._fp = filename
        else:
            raise TypeError('filename must be a str, bytes, file or PathLike object')
        if file_mode == 'rb':
            self._reading = True
            self._buffer = io.BufferedReader(_Streams(self._fp))
        else:
            self._writing = True
            self._mode_name = 'wb'
            self._compressor = BZ2Compressor(compresslevel)
            self._written = 0

    # ---- state ----

    @property
    def closed(self):
        """True if this file is closed."""
        return not (self._reading or self._writing)

    @property
    def name(self):
        self._ensure_open()
        return self._fp.name

    @property
    def mode(self):
        return self._mode_name

    def _ensure_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _ensure_reading(self):
        self._ensure_open()
        if not self._reading:
            raise io.UnsupportedOperation('File not open for reading')

    def _ensure_writing(self):
        self._ensure_open()
        if not self._writing:
            raise io.UnsupportedOperation('File not open for writing')

    def close(self):
        """Flush and close the file.

        May be called more than once without error. Once the file is
        closed, any other operation on it will raise a ValueError.
        """
        if self.closed:
            return
        try:
            if self._reading:
                self._buffer.close()
            else:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._owns_fp:
                    self._fp.close()
            finally:
                self._fp = self._buffer = None
                self._owns_fp = False
                self._reading = self._writing = False

    def fileno(self):
        """Return the file descriptor for the underlying file."""
        self._ensure_open()
        return self._fp.fileno()

    def seekable(self):
        """Return whether the file supports seeking."""
        return self.readable() and self._fp.seekable()

    def readable(self):
        """Return whether the file was opened for reading."""
        self._ensure_open()
        return self._reading

    def writable(self):
        """Return whether the file was opened for writing."""
        self._ensure_open()
        return self._writing

    # ---- reading ----

    def peek(self, n=0):
        """Return buffered data without advancing the file position.

        Always returns at least one byte of data, unless at EOF.
        The exact number of bytes returned is unspecified.
        """
        self._ensure_reading()
        return self._buffer.peek(n)

    def read(self, size=-1):
        """Read up to size uncompressed bytes from the file.

        If size is negative or omitted, read until EOF is reached.
        Returns b'' if the file is already at EOF.
        """
        self._ensure_reading()
        return self._buffer.read(size)

    def read1(self, size=-1):
        """Read size uncompressed bytes, while trying to avoid
        making multiple reads from the underlying stream. Reads up to a
        buffer's worth of data if size is negative.

        Returns b'' if the file is at EOF.
        """
        self._ensure_reading()
        return self._buffer.read1(_CHUNK if size < 0 else size)

    def readinto(self, b):
        """Read bytes into b.

        Returns the number of bytes read (0 for EOF).
        """
        self._ensure_reading()
        return self._buffer.readinto(b)

    @staticmethod
    def _as_size(size):
        if isinstance(size, int):
            return size
        if not hasattr(size, '__index__'):
            raise TypeError('Integer argument expected')
        return size.__index__()

    def readline(self, size=-1):
        """Read a line of uncompressed bytes from the file.

        The terminating newline (if present) is retained. If size is
        non-negative, no more than size bytes will be read (in which
        case the line may be incomplete). Returns b'' if already at EOF.
        """
        size = self._as_size(size)
        self._ensure_reading()
        return self._buffer.readline(size)

    def readlines(self, size=-1):
        """Read a list of lines of uncompressed bytes from the file.

        size can be specified to control the number of lines read: no
        further lines will be read once the total size of the lines read
        so far equals or exceeds size.
        """
        size = self._as_size(size)
        self._ensure_reading()
        return self._buffer.readlines(size)

    # ---- writing ----

    def write(self, data):
        """Write a byte string to the file.

        Returns the number of uncompressed bytes written, which is
        always the length of data in bytes. Note that due to buffering,
        the file on disk may not reflect the data written until close()
        is called.
        """
        self._ensure_writing()
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._written += count
        return count

    def writelines(self, seq):
        """Write a sequence of byte strings to the file.

        Returns the number of uncompressed bytes written.
        seq can be any iterable yielding byte strings.

        Line separators are not added between the written byte strings.
        """
        self._ensure_writing()
        for piece in seq:
            self.write(piece)

    # ---- position ----

    def seek(self, offset, whence=io.SEEK_SET):
        """Change the file position.

        The new position is specified by offset, relative to the
        position indicated by whence. Values for whence are:

            0: start of stream (default); offset must not be negative
            1: current stream position
            2: end of stream; offset must not be positive

        Returns the new file position.

        Note that seeking is emulated, so depending on the parameters,
        this operation may be extremely slow.
        """
        self._ensure_open()
        if not self._reading:
            raise io.UnsupportedOperation('Seeking is only supported '
                                          'on files open for reading')
        if not self._fp.seekable():
            raise io.UnsupportedOperation('The underlying file object '
                                          'does not support seeking')
        return self._buffer.seek(offset, whence)

    def tell(self):
        """Return the current file position."""
        self._ensure_open()
        if self._reading:
            return self._buffer.tell()
        return self._written


def open(filename, mode='rb', compresslevel=9,
         encoding=None, errors=None, newline=None):
    """Open a bzip2-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str, bytes, or
    PathLike object), or an existing file object to read from or write
    to.

    The mode argument can be "r", "rb", "w", "wb", "x", "xb", "a" or
    "ab" for binary mode, or "rt", "wt", "xt" or "at" for text mode.
    The default mode is "rb", and the default compresslevel is 9.

    For binary mode, this function is equivalent to the BZ2File
    constructor: BZ2File(filename, mode, compresslevel). In this case,
    the encoding, errors and newline arguments must not be provided.

    For text mode, a BZ2File object is created, and wrapped in an
    io.TextIOWrapper instance with the specified encoding, error
    handling behavior, and line ending(s).
    """
    text = 't' in mode
    if text and 'b' in mode:
        raise ValueError('Invalid mode: %r' % (mode,))
    if not text:
        for what, value in (('encoding', encoding), ('errors', errors),
                            ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)
    raw = BZ2File(filename, mode.replace('t', ''), compresslevel=compresslevel)
    if not text:
        return raw
    return io.TextIOWrapper(raw, io.text_encoding(encoding), errors, newline)


def compress(data, compresslevel=9):
    """Compress a block of data.

    compresslevel, if given, must be a number between 1 and 9.

    For incremental compression, use a BZ2Compressor object instead.
    """
    worker = BZ2Compressor(compresslevel)
    return worker.compress(data) + worker.flush()


def decompress(data):
    """Decompress a block of data.

    For incremental decompression, use a BZ2Decompressor object instead.
    """
    pieces = []
    rest = data
    while rest:
        worker = BZ2Decompressor()
        try:
            pieces.append(worker.decompress(rest))
        except OSError:
            if not pieces:
                raise
            # what follows the last stream is not bzip2 data: ignored
            break
        if not worker.eof:
            raise ValueError('Compressed data ended before the '
                             'end-of-stream marker was reached')
        rest = worker.unused_data
    return b''.join(pieces)
