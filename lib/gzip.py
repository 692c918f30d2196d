"""Functions that read and write gzipped files.

The user of the file doesn't have to worry about the compression,
but random access is not allowed."""

# A gzip file is a series of members (RFC 1952).  Each member is a 10-byte
# header (magic, method, flags, mtime, extra flags, OS) followed by the
# optional fields its flags announce, a raw deflate stream, and a trailer
# holding the CRC-32 and the length (modulo 2**32) of the data.  Members are
# read by _MemberReader, which turns a binary file into the concatenated
# data of its members; writing keeps a raw-deflate compressor and adds the
# header and trailer itself.

import builtins
import errno
import io
import os
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

READ_BUFFER_SIZE = 128 * 1024

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_GZIP_MAGIC = b'\x1f\x8b'
_UNKNOWN_OS = 255
_ENDED_EARLY = ("Compressed file ended before the end-of-stream marker "
                "was reached")


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl_byte(level):
    """The header's extra-flags byte: what the level promises a reader."""
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if 0 <= level <= _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header_bytes(mtime, level, fname=b''):
    flag_byte = FNAME if fname else 0
    stamp = int(mtime) & 0xFFFFFFFF
    parts = [_GZIP_MAGIC, bytes((zlib.DEFLATED, flag_byte)),
             stamp.to_bytes(4, 'little'), bytes((_xfl_byte(level), _UNKNOWN_OS))]
    if fname:
        parts.append(fname + b'\0')
    return b''.join(parts)


def _trailer_bytes(crc, length):
    return crc.to_bytes(4, 'little') + (length & 0xFFFFFFFF).to_bytes(4, 'little')


class _MemberReader:
    """The uncompressed data of every member of a binary file, in order.

    get(limit) returns the next piece (at most limit bytes when limit >= 0),
    b'' at the end of the file.  Input the inflater did not use is kept in
    self.spare for the next header or trailer.
    """

    def __init__(self, source):
        self.source = source
        self.spare = b''
        self.inflater = None       # the member being read, if any
        self.members_seen = 0
        self.crc = 0
        self.length = 0
        self.finished = False
        self.last_mtime = None

    # -- raw input --

    def _grab(self, n):
        """Up to n bytes of input (fewer only at the end of the file)."""
        while len(self.spare) < n:
            more = self.source.read(max(READ_BUFFER_SIZE, n - len(self.spare)))
            if not more:
                break
            self.spare += more
        piece, self.spare = self.spare[:n], self.spare[n:]
        return piece

    def _grab_exactly(self, n):
        piece = self._grab(n)
        if len(piece) < n:
            raise EOFError(_ENDED_EARLY)
        return piece

    def _skip_zero_terminated(self):
        while self._grab_exactly(1) != b'\0':
            pass

    # -- member boundaries --

    def _start_member(self):
        """Reads a member's header; False when the file has no more members."""
        if self.members_seen:
            # members may be followed by zero bytes of padding
            while True:
                lead = self._grab(1)
                if lead != b'\0':
                    self.spare = lead + self.spare
                    break
        magic = self._grab(2)
        if not magic:
            return False
        if magic != _GZIP_MAGIC:
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        fixed = self._grab_exactly(8)
        if fixed[0] != zlib.DEFLATED:
            raise BadGzipFile('Unknown compression method')
        flag_byte = fixed[1]
        self.last_mtime = int.from_bytes(fixed[2:6], 'little')
        if flag_byte & FEXTRA:
            extra_len = int.from_bytes(self._grab_exactly(2), 'little')
            self._grab_exactly(extra_len)
        if flag_byte & FNAME:
            self._skip_zero_terminated()
        if flag_byte & FCOMMENT:
            self._skip_zero_terminated()
        if flag_byte & FHCRC:
            self._grab_exactly(2)
        self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self.crc = 0
        self.length = 0
        self.members_seen += 1
        return True

    def _end_member(self):
        tail = self._grab(8)
        if len(tail) < 8:
            raise EOFError(_ENDED_EARLY)
        if int.from_bytes(tail[:4], 'little') != self.crc:
            raise BadGzipFile('CRC check failed')
        if int.from_bytes(tail[4:], 'little') != self.length & 0xFFFFFFFF:
            raise BadGzipFile('Incorrect length of data produced')
        self.inflater = None

    # -- data --

    def get(self, limit=-1):
        while not self.finished:
            if self.inflater is None and not self._start_member():
                self.finished = True
                break
            inflater = self.inflater
            if inflater.unconsumed_tail:
                feed = inflater.unconsumed_tail
            else:
                feed = self.spare or self.source.read(READ_BUFFER_SIZE)
                self.spare = b''
                if not feed:
                    raise EOFError(_ENDED_EARLY)
            out = inflater.decompress(feed, limit if limit > 0 else 0)
            self.crc = zlib.crc32(out, self.crc)
            self.length += len(out)
            if inflater.eof:
                self.spare = inflater.unused_data + self.spare
                self._end_member()
            if out:
                return out
        return b''

    def get_all(self):
        pieces = []
        while True:
            piece = self.get()
            if not piece:
                return b''.join(pieces)
            pieces.append(piece)

    def restart(self):
        self.source.seek(0)
        self.__init__(self.source)


class GzipFile(io.BufferedIOBase):
    """The GzipFile class simulates most of the methods of a file object with
    the exception of the truncate() method.

    This class only supports opening files in binary mode. If you need to open a
    compressed file in text mode, use the gzip.open() function.

    """

    # what close() and the finalizer look at, should __init__ fail early
    myfileobj = None
    fileobj = None
    mode = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        """Constructor for the GzipFile class.

        At least one of fileobj and filename must be given a
        non-trivial value.

        The new class instance is based on fileobj, which can be a regular
        file, an io.BytesIO object, or any other object which simulates a file.
        It defaults to None, in which case filename is opened to provide
        a file object.

        When fileobj is not None, the filename argument is only used to be
        included in the gzip file header, which may include the original
        filename of the uncompressed file.  It defaults to the filename of
        fileobj, if discernible; otherwise, it defaults to the empty string,
        and in this case the original filename is not included in the header.

        The mode argument can be any of 'r', 'rb', 'a', 'ab', 'w', 'wb', 'x', or
        'xb' depending on whether the file will be read or written.  The default
        is the mode of fileobj if discernible; otherwise, the default is 'rb'.
        A mode of 'r' is equivalent to one of 'rb', and similarly for 'w' and
        'wb', 'a' and 'ab', and 'x' and 'xb'.

        The compresslevel argument is an integer from 0 to 9 controlling the
        level of compression; 1 is fastest and produces the least compression,
        and 9 is slowest and produces the most compression. 0 is no compression
        at all. The default is 9.

        The optional mtime argument is the timestamp requested by gzip. The time
        is in Unix format, i.e., seconds since 00:00:00 UTC, January 1, 1970.
        If mtime is omitted or None, the current time is used. Use mtime = 0
        to generate a compressed stream that does not depend on creation time.

        """
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        self.fileobj = fileobj
        self.name = filename
        self._position = 0
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._pending = b''
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._start_writing(compresslevel, mtime)
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))

    def _start_writing(self, level, mtime):
        self._deflater = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS,
                                          zlib.DEF_MEM_LEVEL, 0)
        self._crc = 0
        self._written = 0
        base = os.path.basename(self.name)
        try:
            fname = base if isinstance(base, bytes) else base.encode('latin-1')
        except UnicodeEncodeError:
            fname = b''
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        stamp = time.time() if mtime is None else mtime
        self.fileobj.write(_header_bytes(stamp, level, fname))

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        reader = getattr(self, '_reader', None)
        return reader.last_mtime if reader is not None else None

    def __repr__(self):
        shown = repr(self.fileobj)
        return '<gzip ' + shown[1:-1] + ' ' + hex(id(self)) + '>'

    # -- state checks --

    def _need_open(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')

    def _need_mode(self, wanted, verb):
        self._need_open()
        if self.mode != wanted:
            other = 'read-only' if wanted == WRITE else 'write-only'
            raise OSError(errno.EBADF, '%s() on %s GzipFile object' % (verb, other))

    @property
    def closed(self):
        return self.fileobj is None

    def readable(self):
        self._need_open()
        return self.mode == READ

    def writable(self):
        self._need_open()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        """Invoke the underlying file object's fileno() method.

        This will raise AttributeError if the underlying file object
        doesn't support fileno().
        """
        return self.fileobj.fileno()

    # -- writing --

    def write(self, data):
        self._need_mode(WRITE, 'write')
        self._crc = zlib.crc32(data, self._crc)
        size = data.nbytes if isinstance(data, memoryview) else memoryview(data).nbytes
        if size:
            self.fileobj.write(self._deflater.compress(data))
            self._written += size
            self._position += size
        return size

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._need_open()
        if self.mode == WRITE:
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    # -- reading --

    def _take(self, limit):
        """Up to limit bytes (all with limit < 0) from what is decoded."""
        if limit < 0:
            data = self._pending + self._reader.get_all()
            self._pending = b''
        else:
            while len(self._pending) < limit:
                piece = self._reader.get(limit - len(self._pending))
                if not piece:
                    break
                self._pending += piece
            data, self._pending = self._pending[:limit], self._pending[limit:]
        self._position += len(data)
        return data

    def read(self, size=-1):
        self._need_mode(READ, 'read')
        if size is None:
            size = -1
        return self._take(size)

    def read1(self, size=-1):
        """Read up to size uncompressed bytes, while trying to avoid
        making multiple reads from the underlying stream. Reads up to a
        buffer's worth of data if size is negative."""
        self._need_mode(READ, 'read1')
        if size < 0:
            size = READ_BUFFER_SIZE
        if not self._pending:
            self._pending = self._reader.get(size)
        return self._take(min(size, len(self._pending)))

    def peek(self, n):
        self._need_mode(READ, 'peek')
        if not self._pending:
            self._pending = self._reader.get()
        return self._pending

    def readline(self, size=-1):
        self._need_open()
        line = b''
        while size < 0 or len(line) < size:
            if not self._pending:
                self._pending = self._reader.get()
                if not self._pending:
                    break
            end = self._pending.find(b'\n') + 1 or len(self._pending)
            if size >= 0:
                end = min(end, size - len(line))
            line += self._take(end)
            if line.endswith(b'\n'):
                break
        return line

    def rewind(self):
        '''Return the uncompressed stream file position indicator to the
        beginning of the file'''
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader.restart()
        self._pending = b''
        self._position = 0

    # -- positions --

    def tell(self):
        self._need_open()
        return self._position

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._position
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._position:
                raise OSError('Negative seek in write mode')
            gap = offset - self._position
            while gap > 0:
                step = min(gap, 1024)
                self.write(bytes(step))
                gap -= step
            return self._position
        self._need_open()
        if whence == io.SEEK_CUR:
            offset += self._position
        elif whence == io.SEEK_END:
            self._take(-1)
            offset += self._position
        if offset < self._position:
            self.rewind()
        while self._position < offset:
            if not self._take(min(offset - self._position, READ_BUFFER_SIZE)):
                break
        return self._position

    # -- closing --

    def close(self):
        target = self.fileobj
        if target is None:
            own, self.myfileobj = self.myfileobj, None
            if own is not None:
                own.close()
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                target.write(self._deflater.flush())
                target.write(_trailer_bytes(self._crc, self._written))
        finally:
            own = self.myfileobj
            if own is not None:
                self.myfileobj = None
                own.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str or bytes object), or
    an existing file object to read from or write to.

    The mode argument can be "r", "rb", "w", "wb", "x", "xb", "a" or "ab" for
    binary mode, or "rt", "wt", "xt" or "at" for text mode. The default mode is
    "rb", and the default compresslevel is 9.

    For binary mode, this function is equivalent to the GzipFile constructor:
    GzipFile(filename, mode, compresslevel). In this case, the encoding, errors
    and newline arguments must not be provided.

    For text mode, a GzipFile object is created, and wrapped in an
    io.TextIOWrapper instance with the specified encoding, error handling
    behavior, and line ending(s).

    """
    text = 't' in mode
    if text:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        for what, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)

    binary_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        raw = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        raw = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')

    if not text:
        return raw
    encoding = io.text_encoding(encoding)
    return io.TextIOWrapper(raw, encoding, errors, newline)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=0):
    """Compress data in one shot and return the compressed string.

    compresslevel sets the compression level in range of 0-9.
    mtime can be used to set the modification time.
    The modification time is set to 0 by default, for reproducibility.
    """
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    return (_header_bytes(mtime, compresslevel) + body
            + _trailer_bytes(zlib.crc32(data), len(memoryview(data).cast('B'))))


def decompress(data):
    """Decompress a gzip compressed string in one shot.
    Return the decompressed string.
    """
    return _MemberReader(io.BytesIO(data)).get_all()
