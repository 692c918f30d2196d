"""Python 'bz2_codec' Codec - bz2 compression encoding.

This codec de/encodes from bytes to bytes and is therefore usable with
bytes.transform() and bytes.untransform().

Adapted by Raymond Hettinger from zlib_codec.py which was written
by Marc-Andre Lemburg (mal@lemburg.com).
"""
import codecs
import bz2
from encodings import _kit


def _encode(input, errors='strict'):
    assert errors == 'strict'
    return (bz2.compress(input), len(input))


def _decode(input, errors='strict'):
    assert errors == 'strict'
    return (bz2.decompress(input), len(input))


_kit.stateless(globals(), 'bz2', _encode, _decode, text=False)


class IncrementalEncoder(codecs.IncrementalEncoder):
    # one bzip2 stream across the calls, finished by the final one
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.reset()

    def reset(self):
        self.compressobj = bz2.BZ2Compressor()

    def encode(self, input, final=False):
        out = self.compressobj.compress(input)
        if final:
            out += self.compressobj.flush()
        return out


class IncrementalDecoder(codecs.IncrementalDecoder):
    # input after the end of the stream decodes to nothing
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.reset()

    def reset(self):
        self.decompressobj = bz2.BZ2Decompressor()

    def decode(self, input, final=False):
        if self.decompressobj.eof:
            return ''
        return self.decompressobj.decompress(input)
