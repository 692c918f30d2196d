""" Generic Python Character Mapping Codec.

    Use this codec directly rather than through the automatic
    conversion mechanisms supplied by unicode() and .encode().


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

"""
# Unlike the table codecs, every object here carries the mapping it was
# given (None: Latin-1), passed to the C functions on each call.
import codecs


class Codec(codecs.Codec):
    decode = codecs.charmap_decode
    encode = codecs.charmap_encode


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict', mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    def encode(self, input, final=False):
        out, _ = codecs.charmap_encode(input, self.errors, self.mapping)
        return out


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict', mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    def decode(self, input, final=False):
        text, _ = codecs.charmap_decode(input, self.errors, self.mapping)
        return text


class StreamWriter(Codec, codecs.StreamWriter):
    def __init__(self, stream, errors='strict', mapping=None):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.mapping = mapping

    def encode(self, input, errors='strict'):
        return Codec.encode(input, errors, self.mapping)


class StreamReader(Codec, codecs.StreamReader):
    def __init__(self, stream, errors='strict', mapping=None):
        codecs.StreamReader.__init__(self, stream, errors)
        self.mapping = mapping

    def decode(self, input, errors='strict'):
        return Codec.decode(input, errors, self.mapping)


def getregentry():
    parts = dict(incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                 streamreader=StreamReader, streamwriter=StreamWriter)
    return codecs.CodecInfo(Codec.encode, Codec.decode, name='charmap', **parts)
