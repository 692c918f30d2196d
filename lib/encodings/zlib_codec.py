"""Python 'zlib_codec' Codec - zlib compression encoding.

This codec de/encodes from bytes to bytes.

Written by Marc-Andre Lemburg (mal@lemburg.com).
"""
import codecs
import zlib
from encodings import _kit


def _encode(input, errors='strict'):
    assert errors == 'strict'
    return (zlib.compress(input), len(input))


def _decode(input, errors='strict'):
    assert errors == 'strict'
    return (zlib.decompress(input), len(input))


_kit.stateless(globals(), 'zlib', _encode, _decode, text=False)


class _Streaming:
    # The incremental forms keep one zlib stream across their calls:
    # _begin() makes it, _step() feeds it, _end() drains it.
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self._begin()

    def reset(self):
        self._begin()

    def _run(self, input, final):
        out = self._step(input)
        return out + self._end() if final else out


class IncrementalEncoder(_Streaming, codecs.IncrementalEncoder):
    def _begin(self):
        self.compressobj = zlib.compressobj()

    def _step(self, input):
        return self.compressobj.compress(input)

    def _end(self):
        return self.compressobj.flush()

    def encode(self, input, final=False):
        return self._run(input, final)


class IncrementalDecoder(_Streaming, codecs.IncrementalDecoder):
    def _begin(self):
        self.decompressobj = zlib.decompressobj()

    def _step(self, input):
        return self.decompressobj.decompress(input)

    def _end(self):
        return self.decompressobj.flush()

    def decode(self, input, final=False):
        return self._run(input, final)
