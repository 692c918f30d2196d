r"""JSON (JavaScript Object Notation) <https://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format.

:mod:`json` exposes an API familiar to users of the standard library
:mod:`marshal` and :mod:`pickle` modules.
"""
from .encoder import JSONEncoder
from .decoder import JSONDecodeError, JSONDecoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__version__ = '2.0.9'
__author__ = 'Bob Ippolito <bob@redivi.com>'

# The instances the calls without options share.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan,
             indent, separators, default, sort_keys):
    """The encoder a dump or dumps call asks for (None: the shared one)."""
    if (cls is None and not kw and not skipkeys and ensure_ascii
            and check_circular and allow_nan and indent is None
            and separators is None and default is None and not sort_keys):
        return None
    return (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True,
         check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object)."""
    enc = _encoder(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan,
                   indent, separators, default, sort_keys)
    # Written piece by piece, as the encoder produces the text.
    for piece in (enc or _default_encoder).iterencode(obj):
        fp.write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True,
          check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    enc = _encoder(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan,
                   indent, separators, default, sort_keys)
    return (enc or _default_encoder).encode(obj)


def detect_encoding(b):
    """The Unicode encoding of a JSON document given as bytes: from its
    byte order mark, or else from where its first characters have zero
    bytes (the first two characters of JSON text are ASCII)."""
    marks = ((b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
             (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'),
             (b'\xef\xbb\xbf', 'utf-8-sig'))
    for mark, name in marks:
        if b.startswith(mark):
            return name
    size = len(b)
    if size >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif size == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _wide_text(b, name):
    """b decoded from UTF-16 or UTF-32 (name as detect_encoding gives it),
    keeping lone surrogates as the 'surrogatepass' handler does."""
    width = 2 if name.startswith('utf-16') else 4
    if name.endswith('-le'):
        order = 'little'
    elif name.endswith('-be'):
        order = 'big'
    else:
        order = 'little' if b[0] == 0xff else 'big'
        b = b[width:]
    usable = len(b) - len(b) % width
    units = [int.from_bytes(b[i:i + width], order)
             for i in range(0, usable, width)]
    if usable != len(b):
        raise UnicodeDecodeError(name, bytes(b), usable, len(b), 'truncated data')
    chars = []
    i = 0
    while i < len(units):
        unit = units[i]
        i += 1
        if (width == 2 and 0xD800 <= unit < 0xDC00 and i < len(units)
                and 0xDC00 <= units[i] < 0xE000):
            unit = 0x10000 + ((unit - 0xD800) << 10) + (units[i] - 0xDC00)
            i += 1
        chars.append(chr(unit))
    return ''.join(chars)


def _text_of(b):
    name = detect_encoding(b)
    if name == 'utf-8-sig':
        return bytes(b[3:]).decode('utf-8', 'surrogatepass')
    try:
        return b.decode(name, 'surrogatepass')
    except LookupError:
        return _wide_text(b, name)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object
    containing a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _text_of(s)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    hooks = (('object_hook', object_hook),
             ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    given = {name: hook for name, hook in hooks if hook is not None}
    if cls is None and not given and not kw:
        return _default_decoder.decode(s)
    kw.update(given)
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)
