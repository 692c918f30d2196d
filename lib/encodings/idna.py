# IDNA 2003 (RFC 3490) with nameprep (RFC 3491), as CPython's 'idna' codec
# gives it: labels are split at the four dots, each converted alone
# (ToASCII / ToUnicode), and an error names its place in the whole input.

import codecs
import re
import stringprep
import unicodedata
from encodings import _kit

dots = re.compile("[\u002e\u3002\uff0e\uff61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"

_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3, stringprep.in_table_c4,
               stringprep.in_table_c5, stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
               stringprep.in_table_c9)


def _refuse(label, start, end, reason):
    raise UnicodeEncodeError("idna", label, start, end, reason)


def nameprep(label):
    # map (B.1 dropped, B.2 case folding), normalize, prohibit, check bidi
    label = "".join(stringprep.map_table_b2(ch) for ch in label if not stringprep.in_table_b1(ch))
    label = unicodedata.ucd_3_2_0.normalize("NFKC", label)
    for at, ch in enumerate(label):
        if any(test(ch) for test in _PROHIBITED):
            _refuse(label, at, at + 1, "Invalid character %r" % ch)
    right_to_left = [stringprep.in_table_d1(ch) for ch in label]
    if any(right_to_left):
        for at, ch in enumerate(label):
            if stringprep.in_table_d2(ch):
                _refuse(label, at, at + 1, "Violation of BIDI requirement 2")
        if not right_to_left[0]:
            _refuse(label, 0, 1, "Violation of BIDI requirement 3")
        if not right_to_left[-1]:
            _refuse(label, len(label) - 1, len(label), "Violation of BIDI requirement 3")
    return label


def _checked_length(label, encoded):
    if not encoded:
        _refuse(label, 0, 1, "label empty")
    if len(encoded) >= 64:
        _refuse(label, 0, len(label), "label too long")
    return encoded


def ToASCII(label):
    try:
        return _checked_length(label, label.encode("ascii"))
    except UnicodeEncodeError as exc:
        if exc.reason != "ordinal not in range(128)":
            raise
    prepared = nameprep(label)
    try:
        return _checked_length(label, prepared.encode("ascii"))
    except UnicodeEncodeError as exc:
        if exc.reason != "ordinal not in range(128)":
            raise
    if prepared[:4].lower() == sace_prefix:
        _refuse(label, 0, 4, "Label starts with ACE prefix")
    return _checked_length(label, ace_prefix + prepared.encode("punycode"))


def ToUnicode(label):
    if isinstance(label, str):
        try:
            label = label.encode("ascii")
        except UnicodeEncodeError as exc:
            raise UnicodeEncodeError("idna", label, exc.start, exc.end, "Invalid character in IDN label") from None
    if label[:4].lower() != ace_prefix:
        return label.decode("ascii")
    if len(label) == 4:
        raise UnicodeDecodeError("idna", label, 0, 1, "label empty")
    try:
        text = label[4:].decode("punycode")
    except UnicodeDecodeError as exc:
        raise UnicodeDecodeError("idna", label, exc.start + 4, exc.end + 4, exc.reason) from None
    try:
        again = ToASCII(text)
    except UnicodeEncodeError as exc:
        raise UnicodeDecodeError("idna", label, 0, 1, exc.reason) from None
    if again.lower() != label.lower():
        raise UnicodeDecodeError("idna", label, 0, len(label),
                                 "IDNA does not round-trip, '%r' != '%r'" % (label, again))
    return text


def _strict_only(errors):
    if errors != 'strict':
        raise UnicodeError(f"Unsupported error handling: {errors}")


def _encode_labels(input, labels, tail):
    # labels of input (split at its dots), each ToASCII'd; errors are moved
    # to where the label sits in input.
    out = []
    offset = 0
    for label in labels:
        try:
            out.append(ToASCII(label))
        except UnicodeEncodeError as exc:
            raise UnicodeEncodeError("idna", input, offset + exc.start, offset + exc.end, exc.reason) from None
        offset += len(label) + 1
    return b".".join(out) + tail


def _decode_labels(input, labels, tail):
    out = []
    offset = 0
    for label in labels:
        try:
            out.append(ToUnicode(label))
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError("idna", input, offset + exc.start, offset + exc.end, exc.reason) from None
        offset += len(label) + 1
    return ".".join(out) + tail


def _encode(input, errors='strict'):
    _strict_only(errors)
    if not input:
        return b"", 0
    try:
        plain = input.encode("ascii")
    except UnicodeEncodeError:
        pass
    else:
        labels = plain.split(b".")
        offset = 0
        for at, label in enumerate(labels):
            if not label and at < len(labels) - 1:
                raise UnicodeEncodeError("idna", input, offset, offset + 1, "label empty")
            if len(label) >= 64:
                raise UnicodeEncodeError("idna", input, offset, offset + len(label), "label too long")
            offset += len(label) + 1
        return plain, len(input)
    labels = dots.split(input)
    tail = b""
    if labels and not labels[-1]:
        tail = b"."
        del labels[-1]
    return _encode_labels(input, labels, tail), len(input)


def _decode(input, errors='strict'):
    if not input:
        return "", 0
    _strict_only(errors)
    data = input if isinstance(input, bytes) else bytes(input)
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise UnicodeDecodeError("idna", data, exc.start, exc.end, exc.reason) from None
    if ace_prefix not in data.lower():
        return text, len(input)
    labels = data.split(b".")
    tail = ""
    if labels and not labels[-1]:
        tail = "."
        del labels[-1]
    return _decode_labels(data, labels, tail), len(input)


_kit.stateless(globals(), 'idna', _encode, _decode, bound=True)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    # Only whole labels are converted until the input is final.
    def _buffer_encode(self, input, errors, final):
        _strict_only(errors)
        if not input:
            return b"", 0
        labels = dots.split(input)
        tail = b""
        if labels and not labels[-1]:
            tail = b"."
            del labels[-1]
        elif not final:
            del labels[-1]
            tail = b"." if labels else b""
        used = sum(len(label) + 1 for label in labels) - (0 if tail else 1) if labels else 0
        return _encode_labels(input, labels, tail), max(used, 0)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _strict_only(errors)
        if not input:
            return "", 0
        if isinstance(input, str):
            labels = dots.split(input)
        else:
            labels = str(input, "ascii").split(".")
        tail = ""
        if labels and not labels[-1]:
            tail = "."
            del labels[-1]
        elif not final:
            del labels[-1]
            tail = "." if labels else ""
        used = sum(len(label) + 1 for label in labels) - (0 if tail else 1) if labels else 0
        return _decode_labels(input, [label.encode("ascii") if isinstance(label, str) else label
                                      for label in labels], tail), max(used, 0)


for _cls in (IncrementalEncoder, IncrementalDecoder):
    _cls.__qualname__ = _cls.__name__
del _cls
