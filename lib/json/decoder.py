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
        """Create a JSON decoder; every hook left as None keeps the
        standard translation."""
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
