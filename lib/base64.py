"""Base16, Base32, Base64 (RFC 4648), Base85 and Ascii85 data encodings"""

# Base64 and Base16 lean on binascii; Base32 and the base-85 family are
# done here, a group of input bytes at a time as one big-endian integer.

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode', 'z85encode', 'z85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decoder_input(data):
    """What a decoder reads: bytes, from ASCII str or any buffer."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, bytes_types):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % type(data).__name__) from None


def _encoder_input(data):
    """What the Base32 and base-85 encoders read: the bytes of a buffer."""
    if isinstance(data, bytes_types):
        return data
    return memoryview(data).tobytes()


# ---- Base64 ------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.
    """
    text = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return text
    assert len(altchars) == 2, repr(altchars)
    return text.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars must be a bytes-like object or ASCII string of length 2
    which specifies the alternative alphabet used instead of the '+' and '/'
    characters.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded.

    If validate is False (the default), characters that are neither in the
    normal base-64 alphabet nor the alternative alphabet are discarded prior
    to the padding check.  If validate is True, these non-alphabet characters
    in the input result in a binascii.Error.
    For more information about the strict base64 check, see:

    https://docs.python.org/3.11/library/binascii.html#binascii.a2b_base64
    """
    data = _decoder_input(s)
    if altchars is not None:
        pair = _decoder_input(altchars)
        assert len(pair) == 2, repr(pair)
        data = data.translate(bytes.maketrans(pair, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet.

    The result is returned as a bytes object.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the standard alphabet
    are discarded prior to the padding check.
    """
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object to encode.  The result is returned as a
    bytes object.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the URL-safe base-64
    alphabet, and are not a plus '+' or slash '/', are discarded prior to the
    padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64decode(_decoder_input(s).translate(_FROM_URLSAFE))


# ---- Base32 ------------------------------------------------------------------

_BASE32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_BASE32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# For each count of input bytes in the last group of five: how many of its
# eight output characters are '='.  Decoding reads the table backwards.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
_B32_KEPT = {pads: nbytes for nbytes, pads in _B32_PADS.items()}


def _base32_encode(alphabet, s):
    data = _encoder_input(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        number = int.from_bytes(group.ljust(5, b'\0'), 'big')
        chars = bytes(alphabet[(number >> shift) & 31] for shift in range(35, -5, -5))
        pads = _B32_PADS[len(group) % 5]
        out += chars[:8 - pads] + b'=' * pads
    return bytes(out)


def _base32_decode(alphabet, s, casefold=False, map01=None):
    data = _decoder_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        letter = _decoder_input(map01)
        assert len(letter) == 1, repr(letter)
        data = data.translate(bytes.maketrans(b'01', b'O' + letter))
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    pads = len(data) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(data), 8):
        number = 0
        for c in body[start:start + 8].ljust(8, alphabet[:1]):
            if c not in values:
                raise binascii.Error('Non-base32 digit found')
            number = number << 5 | values[c]
        out += number.to_bytes(5, 'big')
    if pads not in _B32_KEPT:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + _B32_KEPT[pads]:]
    return bytes(out)


_B32_ENCODE_DOC = '''
Encode the bytes-like objects using {encoding} and return a bytes object.
'''
_B32_DECODE_DOC = '''
Decode the {encoding} encoded bytes-like object or ASCII string s.

Optional casefold is a flag specifying whether a lowercase alphabet is
acceptable as input.  For security purposes, the default is False.
{extra}
The result is returned as a bytes object.  A binascii.Error is raised if
the input is incorrectly padded or if there are non-alphabet
characters present in the input.
'''
_MAP01_DOC = '''
RFC 3548 allows for optional mapping of the digit 0 (zero) to the
letter O (oh), and for optional mapping of the digit 1 (one) to
either the letter I (eye) or letter L (el).  The optional argument
map01 when not None, specifies which letter the digit 1 should be
mapped to (when map01 is not None, the digit 0 is always mapped to
the letter O).  For security purposes the default is None, so that
0 and 1 are not allowed in the input.
'''


def b32encode(s):
    return _base32_encode(_BASE32, s)


def b32decode(s, casefold=False, map01=None):
    return _base32_decode(_BASE32, s, casefold, map01)


def b32hexencode(s):
    return _base32_encode(_BASE32HEX, s)


def b32hexdecode(s, casefold=False):
    return _base32_decode(_BASE32HEX, s, casefold)


b32encode.__doc__ = _B32_ENCODE_DOC.format(encoding='base32')
b32decode.__doc__ = _B32_DECODE_DOC.format(encoding='base32', extra=_MAP01_DOC)
b32hexencode.__doc__ = _B32_ENCODE_DOC.format(encoding='base32hex')
b32hexdecode.__doc__ = _B32_DECODE_DOC.format(encoding='base32hex', extra='')


# ---- Base16 ------------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object.
    """
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded or if there are non-alphabet characters present
    in the input.
    """
    data = _decoder_input(s)
    if casefold:
        data = data.upper()
    if data.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ---- the base-85 family ------------------------------------------------------

_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_Z85_DIGITS = (b'0123456789abcdefghijklmnopqrstuvwxyz'
               b'ABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#')
_A85_DIGITS = bytes(range(33, 118))


def _words85(data, digits, pad, fold):
    """Encode data four bytes at a time as five digits of base 85.

    fold(word) may give a one-character abbreviation for a whole word.  A
    short last group is padded with zero bytes; unless pad is true, the
    digits that only stand for that padding are dropped (and a short group
    is never abbreviated).
    """
    out = bytearray()
    short = len(data) % 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        word = int.from_bytes(group.ljust(4, b'\0'), 'big')
        partial = len(group) < 4 and not pad
        folded = None if partial else fold(word)
        if folded is not None:
            out += folded
            continue
        five = bytearray(5)
        for i in range(4, -1, -1):
            word, five[i] = divmod(word, 85)
        out += bytes(digits[d] for d in five)
        if partial:
            del out[len(out) - (4 - short):]
    return bytes(out)


def _no_fold(word):
    return None


def _digits85(data, digits, name):
    """Decode base-85 digits (b85 and z85), five to a group of four bytes."""
    values = {c: i for i, c in enumerate(digits)}
    missing = -len(data) % 5
    data = data + digits[-1:] * missing
    out = bytearray()
    for start in range(0, len(data), 5):
        word = 0
        for offset, c in enumerate(data[start:start + 5]):
            if c not in values:
                raise ValueError('bad %s character at position %d' % (name, start + offset))
            word = word * 85 + values[c]
        if word > 0xFFFFFFFF:
            raise ValueError('%s overflow in hunk starting at byte %d' % (name, start))
        out += word.to_bytes(4, 'big')
    if missing:
        del out[-missing:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object.

    If pad is true, the input is padded with b'\\0' so its length is a multiple of
    4 bytes before encoding.
    """
    return _words85(_encoder_input(b), _B85_DIGITS, pad, _no_fold)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    return _digits85(_decoder_input(b), _B85_DIGITS, 'base85')


def z85encode(s):
    """Encode bytes-like object b in z85 format and return a bytes object."""
    return _words85(_encoder_input(s), _Z85_DIGITS, False, _no_fold)


def z85decode(s):
    """Decode the z85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    return _digits85(_decoder_input(s), _Z85_DIGITS, 'z85')


_ADOBE_OPEN = b'<~'
_ADOBE_CLOSE = b'~>'


def _wrap(text, width, room_at_end):
    """Break text into lines of width characters; with room_at_end, the
    last line keeps two columns free (for Adobe's closing mark)."""
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    if room_at_end and len(lines[-1]) + 2 > width:
        lines.append(b'')
    return b'\n'.join(lines)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces is an optional flag that uses the special short sequence 'y'
    instead of 4 consecutive spaces (ASCII 0x20) as supported by 'btoa'. This
    feature is not supported by the "standard" Adobe encoding.

    wrapcol controls whether the output should have newline (b'\\n') characters
    added to it. If this is non-zero, each output line will be at most this
    many characters long, excluding the trailing newline.

    pad controls whether the input is padded to a multiple of 4 before
    encoding. Note that the btoa implementation always pads.

    adobe controls whether the encoded byte sequence is framed with <~ and ~>,
    which is used by the Adobe implementation.
    """
    def fold(word):
        if word == 0:
            return b'z'
        if foldspaces and word == 0x20202020:
            return b'y'
        return None

    text = _words85(_encoder_input(b), _A85_DIGITS, pad, fold)
    if adobe:
        text = _ADOBE_OPEN + text
    if wrapcol:
        text = _wrap(text, max(wrapcol, 2 if adobe else 1), adobe)
    if adobe:
        text += _ADOBE_CLOSE
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces is a flag that specifies whether the 'y' short sequence should be
    accepted as shorthand for 4 consecutive spaces (ASCII 0x20). This feature is
    not supported by the "standard" Adobe encoding.

    adobe controls whether the input sequence is in Adobe Ascii85 format (i.e.
    is framed with <~ and ~>).

    ignorechars should be a byte string containing characters to ignore from the
    input. This should only contain whitespace characters, and by default
    contains all whitespace characters in ASCII.

    The result is returned as a bytes object.
    """
    data = _decoder_input(b)
    if adobe:
        if not data.endswith(_ADOBE_CLOSE):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(_ADOBE_CLOSE))
        data = data[2 if data.startswith(_ADOBE_OPEN) else 0:-2]
    out = bytearray()
    group = []
    for c in data:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += _a85_word(group)
                group = []
        elif c == 0x7A or (foldspaces and c == 0x79):  # 'z', 'y'
            if group:
                raise ValueError('%c inside Ascii85 5-tuple' % c)
            out += b'\0\0\0\0' if c == 0x7A else b'    '
        elif c not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        kept = len(group) - 1
        out += _a85_word(group + [84] * (5 - len(group)))[:kept]
    return bytes(out)


def _a85_word(digits):
    word = 0
    for d in digits:
        word = word * 85 + d
    if word > 0xFFFFFFFF:
        raise ValueError('Ascii85 overflow')
    return word.to_bytes(4, 'big')


# ---- line-oriented Base64 ----------------------------------------------------

def _byte_buffer(s):
    """Check that s is a buffer of single bytes, one-dimensional."""
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__) from None
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s' % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s' % (view.ndim, type(s).__name__))
    return view


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    view = _byte_buffer(s)
    # len() of the argument itself, as CPython asks it
    lines = [binascii.b2a_base64(view[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _byte_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
