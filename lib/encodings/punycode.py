"""Codec for the Punycode encoding, as specified in RFC 3492

Written by Martin v. Löwis.
"""
# RFC 3492 with its parameters for IDNA: the basic code points are kept in
# front, then each other code point is coded as a delta of its insertion
# state, in variable-length base-36 digits with an adapting bias.

import codecs
from encodings import _kit

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_FIRST_BIAS, _FIRST_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _threshold(k, bias):
    return min(max(k - bias, _TMIN), _TMAX)


def _adapt(delta, count, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _write_number(out, q, bias):
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_DIGITS[q])
            return
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += _BASE


def punycode_encode(text):
    basic = bytes(ord(ch) for ch in text if ord(ch) < 0x80)
    out = bytearray()
    points = [ord(ch) for ch in text]
    done = len(basic)
    n, delta, bias = _FIRST_N, 0, _FIRST_BIAS
    first = True
    while done < len(points):
        m = min(cp for cp in points if cp >= n)
        delta += (m - n) * (done + 1)
        n = m
        for cp in points:
            if cp < n:
                delta += 1
            elif cp == n:
                _write_number(out, delta, bias)
                bias = _adapt(delta, done + 1, first)
                first = False
                delta = 0
                done += 1
        delta += 1
        n += 1
    if basic:
        return basic + b"-" + bytes(out)
    return bytes(out)


class _Bad(Exception):
    # A decoding error: where it is and why.
    def __init__(self, start, end, reason):
        self.start, self.end, self.reason = start, end, reason


def _digit_value(byte, where):
    if 0x61 <= byte <= 0x7A:
        return byte - 0x61
    if 0x41 <= byte <= 0x5A:
        return byte - 0x41
    if 0x30 <= byte <= 0x39:
        return byte - 0x30 + 26
    raise _Bad(where, where + 1, "Invalid extended code point '%d'" % byte)


def _decode_parts(data):
    cut = data.rfind(b"-")
    if cut < 0:
        base, extended, offset = b"", data, 0
    else:
        base, extended, offset = data[:cut], data[cut + 1:], cut + 1
    text = [chr(b) for b in base]
    n, i, bias = _FIRST_N, 0, _FIRST_BIAS
    pos = 0
    first = True
    while pos < len(extended):
        before = i
        weight, k = 1, _BASE
        while True:
            if pos >= len(extended):
                raise _Bad(len(data), len(data) + 1, "incomplete punycode string")
            digit = _digit_value(extended[pos], offset + pos)
            pos += 1
            i += digit * weight
            t = _threshold(k, bias)
            if digit < t:
                break
            weight *= _BASE - t
            k += _BASE
        bias = _adapt(i - before, len(text) + 1, first)
        first = False
        n += i // (len(text) + 1)
        i %= len(text) + 1
        if n > 0x10FFFF:
            raise _Bad(offset + pos - 1, offset + pos, "Invalid character U+%x" % n)
        text.insert(i, chr(n))
        i += 1
    return "".join(text), "".join(chr(b) for b in base)


def punycode_decode(text, errors):
    data = text.encode("ascii") if isinstance(text, str) else bytes(text)
    try:
        return _decode_parts(data)[0]
    except _Bad as bad:
        if errors == "strict":
            raise UnicodeDecodeError("punycode", data, bad.start, bad.end, bad.reason) from None
        cut = data.rfind(b"-")
        return "".join(chr(b) for b in data[:max(cut, 0)])


def _encode(input, errors='strict'):
    return (punycode_encode(input), len(input))


def _decode(input, errors='strict'):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError("Unsupported error handling: %s" % errors)
    return (punycode_decode(input, errors), len(input))


_kit.stateless(globals(), 'punycode', _encode, _decode, bound=True)
