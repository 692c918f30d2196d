""" Python 'utf-8-sig' Codec
This work similar to UTF-8 with the following changes:

* On encoding/writing a UTF-8 encoded BOM will be prepended/written as the
  first three bytes.

* On decoding/reading if the first three bytes are a UTF-8 encoded BOM, these
  bytes will be skipped.
"""
import codecs
from encodings import _kit

_MARK = codecs.BOM_UTF8


def encode(input, errors='strict'):
    body, used = codecs.utf_8_encode(input, errors)
    return _MARK + body, used


def _skip_mark(data, errors, final):
    # Decodes data after its mark (if it has one), counting the mark as
    # consumed; None while data is only the start of a mark.
    if data[:3] == _MARK:
        text, used = codecs.utf_8_decode(data[3:], errors, final)
        return text, used + 3
    if not final and _MARK.startswith(data):
        return None
    return codecs.utf_8_decode(data, errors, final)


def decode(input, errors='strict'):
    return _skip_mark(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.marked = False

    def encode(self, input, final=False):
        if self.marked:
            return codecs.utf_8_encode(input, self.errors)[0]
        self.marked = True
        return encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.marked = False

    def getstate(self):
        return 0 if self.marked else 1

    def setstate(self, state):
        self.marked = not state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.at_start = True

    def _buffer_decode(self, input, errors, final):
        if not self.at_start:
            return codecs.utf_8_decode(input, errors, final)
        got = _skip_mark(input, errors, final)
        if got is None:
            return "", 0
        self.at_start = False
        return got

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.at_start = True

    def getstate(self):
        return (self.buffer, int(self.at_start))

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.at_start = bool(state[1])


class StreamWriter(codecs.StreamWriter):
    marked = False

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.marked = False

    def encode(self, input, errors='strict'):
        if self.marked:
            return codecs.utf_8_encode(input, errors)
        self.marked = True
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    at_start = True

    def reset(self):
        codecs.StreamReader.reset(self)
        self.at_start = True

    def decode(self, input, errors='strict'):
        if not self.at_start:
            return codecs.utf_8_decode(input, errors, False)
        got = _skip_mark(input, errors, False)
        if got is None:
            return "", 0
        self.at_start = False
        return got


def getregentry():
    return codecs.CodecInfo(encode, decode, StreamReader, StreamWriter, IncrementalEncoder, IncrementalDecoder,
                            'utf-8-sig')
