"""codecs -- Python Codec Registry, API and helpers.


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
# The registry and the codecs themselves are in C (_codecs); this module
# adds the classes codecs are made of (CodecInfo, the incremental and
# stream classes) and the helpers that find a codec's parts by name.

import builtins
import sys

from _codecs import *
import _codecs

__all__ = """
    register lookup open EncodedFile
    BOM BOM_BE BOM_LE BOM32_BE BOM32_LE BOM64_BE BOM64_LE
    BOM_UTF8 BOM_UTF16 BOM_UTF16_LE BOM_UTF16_BE BOM_UTF32 BOM_UTF32_LE BOM_UTF32_BE
    CodecInfo Codec IncrementalEncoder IncrementalDecoder
    StreamReader StreamWriter StreamReaderWriter StreamRecoder
    getencoder getdecoder getincrementalencoder getincrementaldecoder getreader getwriter
    encode decode iterencode iterdecode
    strict_errors ignore_errors replace_errors xmlcharrefreplace_errors
    backslashreplace_errors namereplace_errors register_error lookup_error
""".split()

# ---- byte order marks -------------------------------------------------------

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# cipy runs on little-endian machines only, as the C codecs assume
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# ---- what the registry hands out --------------------------------------------

class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    # Code that predates CodecInfo unpacks the first four items.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode, info.decode = encode, decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter, info.streamreader = streamwriter, streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            kind.__module__, kind.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


class Codec:

    """ Defines the interface for stateless encoders/decoders.

        The .encode()/.decode() methods may use different error
        handling schemes by providing the errors argument. These
        string values are predefined:

         'strict' - raise a ValueError error (or a subclass)
         'ignore' - ignore the character and continue with the next
         'replace' - replace with a suitable replacement character;
                    Python will use the official U+FFFD REPLACEMENT
                    CHARACTER for the builtin Unicode codecs on
                    decoding and '?' on encoding.
         'surrogateescape' - replace with private code points U+DCnn.
         'xmlcharrefreplace' - Replace with the appropriate XML
                               character reference (only for encoding).
         'backslashreplace'  - Replace with backslashed escape sequences.
         'namereplace'       - Replace with \\N{...} escape sequences
                               (only for encoding).

        The set of allowed values can be extended via register_error.

    """

    def decode(self, input, errors='strict'):
        """ Decodes the object input and returns a tuple (output
            object, length consumed).
        """
        raise NotImplementedError

    def encode(self, input, errors='strict'):
        """ Encodes the object input and returns a tuple (output
            object, length consumed).
        """
        raise NotImplementedError


class IncrementalEncoder:
    """
    An IncrementalEncoder encodes an input in multiple steps. The input can
    be passed piece by piece to the encode() method. The IncrementalEncoder
    remembers the state of the encoding process between calls to encode().
    """

    def __init__(self, errors='strict'):
        """
        Creates an IncrementalEncoder instance.

        The IncrementalEncoder may use different error handling schemes by
        providing the errors keyword argument. See the module docstring
        for a list of possible values.
        """
        self.errors, self.buffer = errors, ""

    def getstate(self):
        """
        Return the current state of the encoder.
        """
        return 0

    def setstate(self, state):
        """
        Set the current state of the encoder. state must have been
        returned by getstate().
        """

    def reset(self):
        """
        Resets the encoder to the initial state.
        """

    def encode(self, input, final=False):
        """
        Encodes input and returns the resulting object.
        """
        raise NotImplementedError


class BufferedIncrementalEncoder(IncrementalEncoder):
    """
    This subclass of IncrementalEncoder can be used as the baseclass for an
    incremental encoder if the encoder must keep some of the output in a
    buffer between calls to encode().
    """
    # self.buffer holds the input _buffer_encode() left for the next call.

    def __init__(self, errors='strict'):
        super().__init__(errors)

    def getstate(self):
        return self.buffer if self.buffer else 0

    def setstate(self, state):
        self.buffer = "" if not state else state

    def reset(self):
        super().reset()
        self.buffer = ""

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def _buffer_encode(self, input, errors, final):
        # Subclasses encode what they can and report how much they used.
        raise NotImplementedError


class IncrementalDecoder:
    """
    An IncrementalDecoder decodes an input in multiple steps. The input can
    be passed piece by piece to the decode() method. The IncrementalDecoder
    remembers the state of the decoding process between calls to decode().
    """

    def __init__(self, errors='strict'):
        """
        Create an IncrementalDecoder instance.

        The IncrementalDecoder may use different error handling schemes by
        providing the errors keyword argument. See the module docstring
        for a list of possible values.
        """
        self.errors = errors

    def getstate(self):
        """
        Return the current state of the decoder.

        This must be a (buffered_input, additional_state_info) tuple.
        buffered_input must be a bytes object containing bytes that
        were passed to decode() that have not yet been converted.
        additional_state_info must be a non-negative integer
        representing the state of the decoder WITHOUT yet having
        processed the contents of buffered_input.  In the initial state
        and after reset(), getstate() must return (b"", 0).
        """
        return b"", 0

    def setstate(self, state):
        """
        Set the current state of the decoder.

        state must have been returned by getstate().  The effect of
        setstate((b"", 0)) must be equivalent to reset().
        """

    def reset(self):
        """
        Reset the decoder to the initial state.
        """

    def decode(self, input, final=False):
        """
        Decode input and returns the resulting object.
        """
        raise NotImplementedError


class BufferedIncrementalDecoder(IncrementalDecoder):
    """
    This subclass of IncrementalDecoder can be used as the baseclass for an
    incremental decoder if the decoder must be able to handle incomplete
    byte sequences.
    """
    # self.buffer holds the bytes _buffer_decode() left for the next call.

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer = state[0]

    def reset(self):
        super().reset()
        self.buffer = b""

    def decode(self, input, final=False):
        pending = self.buffer + input
        text, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return text

    def _buffer_decode(self, input, errors, final):
        # Subclasses decode what they can and report how much they used.
        raise NotImplementedError


# ---- streams ------------------------------------------------------------------

class _StreamProxy:
    # What StreamWriter and StreamReader share: they close the wrapped
    # stream when used as context managers, cannot be pickled, and give
    # the stream's own attributes for everything else.

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % type(self).__name__)

    def __getattr__(self, name, getattr=getattr):
        """ Inherit all other methods from the underlying stream.
        """
        return getattr(self.stream, name)


class StreamWriter(Codec, _StreamProxy):

    def __init__(self, stream, errors='strict'):
        """ Creates a StreamWriter instance.

            stream must be a file-like object open for writing.

            The StreamWriter may use different error handling
            schemes by providing the errors keyword argument. These
            parameters are predefined:

             'strict' - raise a ValueError (or a subclass)
             'ignore' - ignore the character and continue with the next
             'replace'- replace with a suitable replacement character
             'xmlcharrefreplace' - Replace with the appropriate XML
                                   character reference.
             'backslashreplace'  - Replace with backslashed escape
                                   sequences.
             'namereplace'       - Replace with \\N{...} escape sequences.

            The set of allowed parameter values can be extended via
            register_error.
        """
        self.stream, self.errors = stream, errors

    def write(self, object):
        """ Writes the object's contents encoded to self.stream.
        """
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        """ Writes the concatenated list of strings to the stream
            using .write().
        """
        self.write(''.join(list))

    def reset(self):
        """ Resets the codec buffers used for keeping internal state.

            Calling this method should ensure that the data on the
            output is put into a clean state, that allows appending
            of new fresh data without having to rescan the whole
            stream to recover state.

        """

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()


class StreamReader(Codec, _StreamProxy):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        """ Creates a StreamReader instance.

            stream must be a file-like object open for reading.

            The StreamReader may use different error handling
            schemes by providing the errors keyword argument. These
            parameters are predefined:

             'strict' - raise a ValueError (or a subclass)
             'ignore' - ignore the character and continue with the next
             'replace'- replace with a suitable replacement character
             'backslashreplace' - Replace with backslashed escape sequences;

            The set of allowed parameter values can be extended via
            register_error.
        """
        self.stream, self.errors = stream, errors
        self._empty_charbuffer = self.charbuffertype()
        self.reset()

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _take_pending_lines(self):
        # Lines readline() split off but did not hand out go back in front.
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None

    def _decode_more(self, size, firstline):
        # Reads up to size bytes (everything for a negative size) and adds
        # what decodes to charbuffer; False once the stream had nothing more.
        fresh = self.stream.read() if size < 0 else self.stream.read(size)
        raw = self.bytebuffer + fresh
        if not raw:
            return False
        try:
            text, used = self.decode(raw, self.errors)
        except UnicodeDecodeError as exc:
            if not firstline:
                raise
            # hand out the first line at least, if it decoded
            text, used = self.decode(raw[:exc.start], self.errors)
            if len(text.splitlines(keepends=True)) <= 1:
                raise
        self.bytebuffer = raw[used:]
        self.charbuffer += text
        return bool(fresh)

    def read(self, size=-1, chars=-1, firstline=False):
        """ Decodes data from the stream self.stream and returns the
            resulting object.

            chars indicates the number of decoded code points or bytes to
            return. read() will never return more data than requested,
            but it might return less, if there is not enough available.

            size indicates the approximate maximum number of decoded
            bytes or code points to read for decoding. The decoder
            can modify this setting as appropriate. The default value
            -1 indicates to read and decode as much as possible.  size
            is intended to prevent having to decode huge files in one
            step.

            If firstline is true, and a UnicodeDecodeError happens
            after the first line terminator in the input only the first line
            will be returned, the rest of the input will be kept until the
            next call to read().

            The method should use a greedy read strategy, meaning that
            it should read as much data as is allowed within the
            definition of the encoding and the given size, e.g.  if
            optional encoding endings or state markers are available
            on the stream, these should be read too.
        """
        self._take_pending_lines()
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._decode_more(size, firstline):
                break
        if chars < 0:
            out, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            out, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return out

    def readline(self, size=None, keepends=True):
        """ Read one line from the input stream and return the
            decoded data.

            size, if given, is passed as size argument to the
            read() method.

        """
        self._take_pending_lines()
        step = 72 if size is None else size
        while True:
            buffered = self.charbuffer
            parts = buffered.splitlines(keepends=True)
            if parts:
                first = parts[0]
                body = first.splitlines()[0] if first.splitlines() else first[:0]
                # a final "\r" may be the first half of "\r\n": wait for more
                if body != first and (len(parts) > 1 or first[-1:] not in ("\r", b"\r")):
                    self.charbuffer = buffered[len(first):]
                    return first if keepends else body
            more = self._decode_more(step, True)
            if not more or size is not None:
                return self._leftover_line(size, keepends)
            if step < 8000:
                step *= 2

    def _leftover_line(self, size, keepends):
        # No complete line arrived: the stream ended or one read was all
        # that was asked for.  Hands out the first line of what is there.
        buffered = self.charbuffer
        parts = buffered.splitlines(keepends=True)
        if not parts:
            self.charbuffer = self._empty_charbuffer
            return buffered
        first = parts[0]
        if size is not None and size >= 0 and len(parts) == 1:
            first = first[:max(size, 1)] if first[-1:] not in ("\r", b"\r") else first
        self.charbuffer = buffered[len(first):]
        if keepends:
            return first
        lines = first.splitlines()
        return lines[0] if lines else first[:0]

    def readlines(self, sizehint=None, keepends=True):
        """ Read all lines available on the input stream
            and return them as a list.

            Line breaks are implemented using the codec's decoder
            method and are included in the list entries.

            sizehint, if given, is ignored since there is no efficient
            way to finding the true end-of-line.

        """
        return self.read().splitlines(keepends)

    def seek(self, offset, whence=0):
        """ Set the input stream's current position.

            Resets the codec buffers used for keeping state.
        """
        self.stream.seek(offset, whence)
        self.reset()

    def reset(self):
        """ Resets the codec buffers used for keeping internal state.

            Note that no stream repositioning should take place.
            This method is primarily intended to be able to recover
            from decoding errors.

        """
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def __next__(self):
        """ Return the next decoded line from the input stream."""
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        return self


class StreamReaderWriter(_StreamProxy):
    """ StreamReaderWriter instances allow wrapping streams which
        work in both read and write modes.

        The design is such that one can use the factory functions
        returned by the codec.lookup() function to construct the
        instance.

    """
    # Optional attributes set by the file wrappers below
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        """ Creates a StreamReaderWriter instance.

            stream must be a Stream-like object.

            Reader, Writer must be factory functions or classes
            providing the StreamReader, StreamWriter interface resp.

            Error handling is done in the same way as defined for the
            StreamWriter/Readers.

        """
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def readlines(self, sizehint=None, keepends=True):
        return self.reader.readlines(sizehint, keepends)

    def readline(self, size=None, keepends=True):
        return self.reader.readline(size, keepends)

    def read(self, size=-1):
        return self.reader.read(size)

    def __iter__(self):
        return self

    def __next__(self):
        """ Return the next decoded line from the input stream."""
        return next(self.reader)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def reset(self):
        for part in (self.reader, self.writer):
            part.reset()


class StreamRecoder(_StreamProxy):
    """ StreamRecoder instances translate data from one encoding to another.

        They use the complete set of APIs returned by the
        codecs.lookup() function to implement their task.

        Data written to the StreamRecoder is first decoded into an
        intermediate format (depending on the "decode" codec) and then
        written to the underlying stream using an instance of the provided
        Writer class.

        In the other direction, data is read from the underlying stream using
        a Reader instance and then encoded and returned to the caller.

    """
    # Optional attributes set by the file wrappers below
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer,
                 errors='strict'):
        """ Creates a StreamRecoder instance which implements a two-way
            conversion: encode and decode work on the frontend (the
            data visible to .read() and .write()) while Reader and Writer
            work on the backend (the data in stream).

            You can use these objects to do transparent
            transcodings from e.g. latin-1 to utf-8 and back.

            stream must be a file-like object.

            encode and decode must adhere to the Codec interface; Reader and
            Writer must be factory functions or classes providing the
            StreamReader and StreamWriter interfaces resp.

            Error handling is done in the same way as defined for the
            StreamWriter/Readers.

        """
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def _front(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._front(self.reader.read(size))

    def readline(self, size=None):
        if size is None:
            return self._front(self.reader.readline())
        return self._front(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._front(self.reader.read()).splitlines(keepends=True)

    def __next__(self):
        """ Return the next decoded line from the input stream."""
        return self._front(next(self.reader))

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))

    def seek(self, offset, whence=0):
        # Only the reader and writer state is reset; the stream moves.
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def reset(self):
        for part in (self.reader, self.writer):
            part.reset()


# ---- shortcuts ------------------------------------------------------------------

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """ Open an encoded file using the given mode and return
        a wrapped version providing transparent encoding/decoding.

        Note: The wrapped version will only accept the object format
        defined by the codecs, i.e. Unicode objects for most builtin
        codecs. Output is also codec dependent and will usually be
        Unicode as well.

        If encoding is not None, then the
        underlying encoded files are always opened in binary mode.
        The default file mode is 'r', meaning to open the file in read mode.

        encoding specifies the encoding which is to be used for the
        file.

        errors may be given to define the error handling. It defaults
        to 'strict' which causes ValueErrors to be raised in case an
        encoding error occurs.

        buffering has the same meaning as for the builtin open() API.
        It defaults to -1 which means that the default buffer size will
        be used.

        The returned wrapped file object provides an extra attribute
        .encoding which allows querying the used encoding. This
        attribute is only available if an encoding was specified as
        parameter.
    """
    import warnings
    warnings.warn("codecs.open() is deprecated. Use open() instead.", DeprecationWarning, stacklevel=2)
    if encoding is not None and 'b' not in mode:
        mode += 'b'
    raw = builtins.open(filename, mode, buffering)
    if encoding is None:
        return raw
    try:
        found = lookup(encoding)
        wrapped = StreamReaderWriter(raw, found.streamreader,
                                     found.streamwriter, errors)
    except:
        raw.close()
        raise
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """ Return a wrapped version of file which provides transparent
        encoding translation.

        Data written to the wrapped file is decoded according
        to the given data_encoding and then encoded to the underlying
        file using file_encoding. The intermediate data type
        will usually be Unicode but depends on the specified codecs.

        Bytes read from the file are decoded using file_encoding and then
        passed back to the caller encoded using data_encoding.

        If file_encoding is not given, it defaults to data_encoding.

        errors may be given to define the error handling. It defaults
        to 'strict' which causes ValueErrors to be raised in case an
        encoding error occurs.

        The returned wrapped file object provides two extra attributes
        .data_encoding and .file_encoding which reflect the given
        parameters of the same name. The attributes can be used for
        introspection by Python programs.

    """
    outer = lookup(data_encoding)
    inner = lookup(file_encoding if file_encoding is not None else data_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding if file_encoding is not None else data_encoding
    return recoder


def getencoder(encoding):
    """ Lookup up the codec for the given encoding and return
        its encoder function.

        Raises a LookupError in case the encoding cannot be found.

    """
    return lookup(encoding).encode


def getdecoder(encoding):
    """ Lookup up the codec for the given encoding and return
        its decoder function.

        Raises a LookupError in case the encoding cannot be found.

    """
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """ Lookup up the codec for the given encoding and return
        its IncrementalEncoder class or factory function.

        Raises a LookupError in case the encoding cannot be found
        or the codecs doesn't provide an incremental encoder.

    """
    factory = lookup(encoding).incrementalencoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getincrementaldecoder(encoding):
    """ Lookup up the codec for the given encoding and return
        its IncrementalDecoder class or factory function.

        Raises a LookupError in case the encoding cannot be found
        or the codecs doesn't provide an incremental decoder.

    """
    factory = lookup(encoding).incrementaldecoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getreader(encoding):
    """ Lookup up the codec for the given encoding and return
        its StreamReader class or factory function.

        Raises a LookupError in case the encoding cannot be found.

    """
    return lookup(encoding).streamreader


def getwriter(encoding):
    """ Lookup up the codec for the given encoding and return
        its StreamWriter class or factory function.

        Raises a LookupError in case the encoding cannot be found.

    """
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """
    Encoding iterator.

    Encodes the input strings from the iterator using an IncrementalEncoder.

    errors and kwargs are passed through to the IncrementalEncoder
    constructor.
    """
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        piece = coder.encode(text)
        if piece:
            yield piece
    tail = coder.encode("", True)
    if tail:
        yield tail


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """
    Decoding iterator.

    Decodes the input strings from the iterator using an IncrementalDecoder.

    errors and kwargs are passed through to the IncrementalDecoder
    constructor.
    """
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        piece = coder.decode(data)
        if piece:
            yield piece
    tail = coder.decode(b"", True)
    if tail:
        yield tail


# ---- helpers of the charmap codecs ---------------------------------------------

def make_identity_dict(rng):
    """ make_identity_dict(rng) -> dict

        Return a dictionary where elements of the rng sequence are
        mapped to themselves.

    """
    return {item: item for item in rng}


def make_encoding_map(decoding_map):
    """ Creates an encoding map from a decoding map.

        If a target mapping in the decoding map occurs multiple
        times, then that target is mapped to None (undefined mapping),
        causing an exception when encountered by the charmap codec
        during translation.

        One example where this happens is cp875.py which decodes
        multiple character to \\u001a.

    """
    reverse = {}
    for byte, char in decoding_map.items():
        reverse[char] = None if char in reverse else byte
    return reverse


# ---- the error handlers, by their usual names ------------------------------------

for _kind in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    globals()[_kind + "_errors"] = lookup_error(_kind)
del _kind
