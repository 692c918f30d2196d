"""Implementation of JSONDecoder
"""
from _json import scanstring as c_scanstring
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

scanstring = c_scanstring

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

# What parse_constant turns the three non-standard words into by default.
_WORDS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

# The four characters JSON counts as white space around values.
_BLANKS = frozenset(' \t\n\r')


def _past_blanks(text, i):
    """The index of the first character at or after i that is not white space."""
    if not isinstance(text, str):
        # CPython skips the blanks with a regular expression: its errors
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, "
                        f"got '{type(text).__name__}'")
    size = len(text)
    while i < size and text[i] in _BLANKS:
        i += 1
    return i


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    # The position is reported as a 1-based line and column, counting
    # columns from the last newline before pos.
    def __init__(self, msg, doc, pos):
        last_newline = doc.rfind('\n', 0, pos)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - last_newline
        where = f'line {self.lineno} column {self.colno} (char {pos})'
        ValueError.__init__(self, f'{msg}: {where}')

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        """``object_hook``, if specified, will be called with the result
        of every JSON object decoded and its return value will be used in
        place of the given ``dict``.  This can be used to provide custom
        deserializations (e.g. to support JSON-RPC class hinting).

        ``object_pairs_hook``, if specified will be called with the result
        of every JSON object decoded with an ordered list of pairs.  The
        return value of ``object_pairs_hook`` will be used instead of the
        ``dict``.  This feature can be used to implement custom decoders.
        If ``object_hook`` is also defined, the ``object_pairs_hook`` takes
        priority.

        ``parse_float``, if specified, will be called with the string
        of every JSON float to be decoded. By default this is equivalent to
        float(num_str). This can be used to use another datatype or parser
        for JSON floats (e.g. decimal.Decimal).

        ``parse_int``, if specified, will be called with the string
        of every JSON int to be decoded. By default this is equivalent to
        int(num_str). This can be used to use another datatype or parser
        for JSON integers (e.g. float).

        ``parse_constant``, if specified, will be called with one of the
        following strings: -Infinity, Infinity, NaN.
        This can be used to raise an exception if invalid JSON numbers
        are encountered.

        If ``strict`` is false (true is the default), then control
        characters will be allowed inside strings.  Control characters in
        this context are those with character codes in the 0-31 range,
        including ``'\\t'`` (tab), ``'\\n'``, ``'\\r'`` and ``'\\0'``.
        """
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        if parse_constant is None:
            parse_constant = _WORDS.__getitem__
        self.parse_constant = parse_constant
        self.strict = strict
        self.parse_string = scanstring
        self.memo = {}
        # Built last: the scanner reads the settings above once.
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        value, stop = self.raw_decode(s, _past_blanks(s, 0))
        stop = _past_blanks(s, stop)
        if stop != len(s):
            raise JSONDecodeError("Extra data", s, stop)
        return value

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            return self.scan_once(s, idx)
        except StopIteration as nothing:
            raise JSONDecodeError("Expecting value", s, nothing.value) from None
