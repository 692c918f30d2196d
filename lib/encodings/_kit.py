"""Builds the classes of a codec module from its functions.

Each codec module of this package calls one builder with its globals();
the builder adds Codec, IncrementalEncoder, IncrementalDecoder,
StreamWriter, StreamReader, encode, decode and getregentry, named as
they are in a module written out by hand.
"""

import codecs


def _adopt(namespace, cls):
    # Classes made here belong to the codec module that asked for them.
    cls.__module__ = namespace['__name__']
    cls.__qualname__ = cls.__name__
    namespace[cls.__name__] = cls
    return cls


def _finish(ns, name, encode, decode, text):
    ns.setdefault('encode', encode)
    ns.setdefault('decode', decode)

    def getregentry():
        return codecs.CodecInfo(
            name=name,
            encode=ns['encode'],
            decode=ns['decode'],
            incrementalencoder=ns['IncrementalEncoder'],
            incrementaldecoder=ns['IncrementalDecoder'],
            streamwriter=ns['StreamWriter'],
            streamreader=ns['StreamReader'],
            _is_text_encoding=text,
        )

    getregentry.__module__ = ns['__name__']
    ns['getregentry'] = getregentry


def stateless(ns, name, encode, decode, partial=None, text=True, bound=False, chars=None, codec_class=None):
    """A codec whose bytes carry no state: encode(input, errors) and
    decode(input, errors) give (output, consumed).

    partial(input, errors, final), when given, decodes only whole
    characters until final, and the decoders buffer.  codec_class: the
    module has a Codec class, which its streams derive from (by default
    only the codecs without partial have one, as CPython's UTF modules
    have none).  bound: the CodecInfo's encode and decode are a Codec's
    methods.  chars: what the stream reader collects (str, or bytes for
    the codecs that are not text encodings)."""
    if codec_class is None:
        codec_class = partial is None
    made = []
    if partial is None:
        class IncrementalDecoder(codecs.IncrementalDecoder):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]
    else:
        class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
            _buffer_decode = staticmethod(partial)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if codec_class:
        class Codec(codecs.Codec):
            def encode(self, input, errors='strict'):
                return encode(input, errors)

            def decode(self, input, errors='strict'):
                return decode(input, errors)

        writer_bases = (Codec, codecs.StreamWriter)
        reader_bases = (Codec, codecs.StreamReader)
        made.append(Codec)
    else:
        writer_bases = (codecs.StreamWriter,)
        reader_bases = (codecs.StreamReader,)
    writer_encode = staticmethod(encode)

    class StreamWriter(*writer_bases):
        encode = writer_encode

    class StreamReader(*reader_bases):
        if partial is not None:
            def decode(self, input, errors='strict'):
                return partial(input, errors, False)

    made += [IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader]
    StreamReader.charbuffertype = chars if chars is not None else str if text else bytes
    for cls in made:
        _adopt(ns, cls)
    if bound:
        ns.setdefault('encode', ns['Codec']().encode)
        ns.setdefault('decode', ns['Codec']().decode)
    _finish(ns, name, encode, decode, text)


_ORDER_UNKNOWN, _ORDER_LITTLE, _ORDER_BIG = 2, 0, 1


def with_bom(ns, name, width):
    """UTF-16 (width 16) or UTF-32 (width 32): a byte order mark first,
    then the units in the order it gives."""
    with_mark = getattr(codecs, 'utf_%d_encode' % width)
    little_enc = getattr(codecs, 'utf_%d_le_encode' % width)
    big_enc = getattr(codecs, 'utf_%d_be_encode' % width)
    little_dec = getattr(codecs, 'utf_%d_le_decode' % width)
    big_dec = getattr(codecs, 'utf_%d_be_decode' % width)
    probe = getattr(codecs, 'utf_%d_ex_decode' % width)
    any_dec = getattr(codecs, 'utf_%d_decode' % width)
    unit = width // 8

    encode = with_mark

    def decode(input, errors='strict'):
        return any_dec(input, errors, True)

    def first_decode(data, errors, final):
        # Reads the mark; returns (text, consumed, order or _ORDER_UNKNOWN).
        text, used, order = probe(data, errors, 0, final)
        if order == -1:
            return text, used, _ORDER_LITTLE
        if order == 1:
            return text, used, _ORDER_BIG
        if used >= unit:
            raise UnicodeDecodeError(name, data, 0, unit, 'Stream does not start with BOM')
        return text, used, _ORDER_UNKNOWN

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.marked = False

        def encode(self, input, final=False):
            if self.marked:
                return little_enc(input, self.errors)[0]
            self.marked = True
            return with_mark(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.marked = False

        def getstate(self):
            return 0 if self.marked else 2

        def setstate(self, state):
            self.marked = not state

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.order = _ORDER_UNKNOWN

        def _buffer_decode(self, input, errors, final):
            if self.order == _ORDER_LITTLE:
                return little_dec(input, errors, final)
            if self.order == _ORDER_BIG:
                return big_dec(input, errors, final)
            text, used, self.order = first_decode(input, errors, final)
            return text, used

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.order = _ORDER_UNKNOWN

        def getstate(self):
            return (self.buffer, self.order)

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            self.order = state[1] if state[1] in (_ORDER_LITTLE, _ORDER_BIG) else _ORDER_UNKNOWN

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.marked = False

        def reset(self):
            codecs.StreamWriter.reset(self)
            self.marked = False

        def encode(self, input, errors='strict'):
            if self.marked:
                return little_enc(input, errors)
            self.marked = True
            return with_mark(input, errors)

    class StreamReader(codecs.StreamReader):
        order = _ORDER_UNKNOWN

        def reset(self):
            codecs.StreamReader.reset(self)
            self.order = _ORDER_UNKNOWN

        def decode(self, input, errors='strict'):
            if self.order == _ORDER_LITTLE:
                return little_dec(input, errors, False)
            if self.order == _ORDER_BIG:
                return big_dec(input, errors, False)
            text, used, self.order = first_decode(input, errors, False)
            return text, used

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        _adopt(ns, cls)
    _finish(ns, name, encode, decode, True)


def multibyte(ns, name):
    """A CJK codec of the _codecs_cjk engine, its functions built in ones
    as CPython's.  The incremental and stream classes keep what CPython's
    multibyte ones keep: the engine's state (the shift and designations of
    the stateful codecs, an int as CPython's getstate() gives it), the
    bytes of a character cut short until more come, and a character
    that may begin a two-character code until the next one is seen.  The
    stream reader reads bytes (size counts bytes, as CPython's multibyte
    readers count them)."""
    import _codecs_cjk
    from functools import partial
    encode = partial(_codecs_cjk.encode, name)
    decode = partial(_codecs_cjk.decode, name)
    encode.__name__, decode.__name__ = 'encode', 'decode'  # as CPython's built-in methods
    encode_step = partial(_codecs_cjk.encode_step, name)
    decode_step = partial(_codecs_cjk.decode_step, name)
    first_encoder, first_decoder = _codecs_cjk.initial(name)

    def encode_more(owner, text, final):
        # owner: an encoder or stream writer with _pending and _state
        if not isinstance(text, str):
            text = str(text)
        data = owner._pending + text
        owner._pending = ''  # lost if encoding fails, as CPython's
        out, used = encode_step(data, owner.errors, owner._state, final)
        left = data[used:]
        if len(left) > _MAX_PENDING_CHARS:
            owner._pending = ''
            raise UnicodeError("pending buffer overflow")
        owner._pending = left
        return out

    def decode_more(owner, data, final):
        # owner._state: a list holding the state, which the engine updates
        # even when it raises
        kept = owner._pending
        try:
            data = kept + memoryview(data).tobytes()
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
        owner._pending = b''
        try:
            text, used = decode_step(data, owner.errors, owner._state, final)
        except UnicodeDecodeError as e:
            if final and e.reason == 'incomplete multibyte sequence':
                owner._pending = kept  # CPython's decoders keep what they had
            raise
        left = data[used:]
        if len(left) > _MAX_PENDING_BYTES:
            raise UnicodeDecodeError(name, data, 0, len(data), "pending buffer overflow")
        owner._pending = left
        return text

    class Codec(codecs.Codec):
        pass

    Codec.encode = staticmethod(encode)
    Codec.decode = staticmethod(decode)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors=None):
            self.errors = _errors_arg('IncrementalEncoder', errors)
            self._pending = ''
            self._state = [first_encoder]

        def encode(self, input, final=False):
            return encode_more(self, input, final)

        def reset(self):
            self._state = [_codecs_cjk.reset_encoder(name, self._state[0])[2]]
            self._pending = ''

        def getstate(self):
            raw = self._pending.encode('utf-8')
            return int.from_bytes(bytes([len(raw)]) + raw + self._state[0].to_bytes(8, 'little'), 'little')

        def setstate(self, state):
            if not isinstance(state, int):
                raise TypeError("setstate() argument must be int, not %s" % type(state).__name__)
            raw = _unsigned_bytes(state, 1 + 4 * _MAX_PENDING_CHARS + 8)
            if raw[0] > 4 * _MAX_PENDING_CHARS:
                raise UnicodeError("pending buffer too large")
            self._pending = raw[1:1 + raw[0]].decode('utf-8')
            self._state = [int.from_bytes(raw[1 + raw[0]:9 + raw[0]], 'little')]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def __init__(self, errors=None):
            self.errors = _errors_arg('IncrementalDecoder', errors)
            self._pending = b''
            self._state = [first_decoder]

        def decode(self, input, final=False):
            return decode_more(self, input, final)

        def reset(self):
            self._state = [_codecs_cjk.reset_decoder(name, self._state[0])]
            self._pending = b''

        def getstate(self):
            return (self._pending, self._state[0])

        def setstate(self, state):
            if (not isinstance(state, tuple) or len(state) != 2 or not isinstance(state[0], bytes)
                    or not isinstance(state[1], int)):
                raise TypeError("setstate(): illegal state argument")
            pending, number = state
            _unsigned_bytes(number, 8)
            if len(pending) > _MAX_PENDING_BYTES:
                raise UnicodeDecodeError(name, pending, 0, len(pending), 'pending buffer too large')
            self._state = [number]
            self._pending = pending

    class StreamWriter(Codec, codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            self._pending = ''
            self._state = [first_encoder]
            codecs.StreamWriter.__init__(self, stream, errors)

        def write(self, object):
            self.stream.write(encode_more(self, object, False))

        def writelines(self, list):
            for line in list:
                self.write(line)

        def reset(self):
            if not self._pending:
                return
            try:
                data = encode_more(self, '', True)
            finally:
                self._pending = ''
            if data:
                self.stream.write(data)

    class StreamReader(Codec, codecs.StreamReader):
        def __init__(self, stream, errors='strict'):
            self._pending = b''
            self._state = [first_decoder]
            codecs.StreamReader.__init__(self, stream, errors)

        def _take(self, fetch, size):
            # fetch(size) reads; size None: up to the end, after which
            # nothing is pending.  Until a character comes, one more byte
            # at a time, as CPython's.
            while True:
                data = fetch() if size is None else fetch(size)
                if not isinstance(data, bytes):
                    raise TypeError("stream function returned a non-bytes object (%s)" % type(data).__name__)
                text = decode_more(self, data, size is None or not data)
                if text or not data or size is None:
                    return text
                size = 1

        def read(self, sizehint=None, chars=-1, firstline=False):
            if sizehint is None or sizehint < 0:
                return self._take(self.stream.read, None)
            if sizehint == 0:
                return ''
            return self._take(self.stream.read, sizehint)

        def readline(self, size=None, keepends=True):
            if size == 0:
                return ''
            line = self._take(self.stream.readline, None if size is None or size < 0 else size)
            return line if keepends else line.splitlines()[0] if line else line

        def readlines(self, sizehint=None, keepends=True):
            return self.read(sizehint).splitlines(keepends)

        def reset(self):
            self._state = [_codecs_cjk.reset_decoder(name, self._state[0])]
            self._pending = b''

    StreamReader.charbuffertype = str
    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        _adopt(ns, cls)
    ns['encode'] = encode
    ns['decode'] = decode
    _finish(ns, name, encode, decode, True)


def _errors_arg(cls, errors):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (cls, type(errors).__name__))
    return errors


def _unsigned_bytes(number, size):
    # the little-endian bytes of a state, with CPython's errors
    if number < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if number.bit_length() > 8 * size:
        raise OverflowError("int too big to convert")
    return number.to_bytes(size, 'little')


_MAX_PENDING_CHARS = 2  # CPython's multibyte encoders keep at most two characters
_MAX_PENDING_BYTES = 8  # and its decoders eight bytes
