"""Implementation of JSONEncoder
"""
from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring
from _json import make_encoder as c_make_encoder

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii

INFINITY = float('inf')


def _float_text(value, allow_nan):
    """A float as JSON writes it: float.__repr__, or the non-standard
    words for the values JSON has no number for."""
    if value != value:
        word = 'NaN'
    elif value == INFINITY:
        word = 'Infinity'
    elif value == -INFINITY:
        word = '-Infinity'
    else:
        return float.__repr__(value)
    if not allow_nan:
        raise ValueError(
            "Out of range float values are not JSON compliant: " + repr(value))
    return word


class _Pieces:
    """Writes a document piece by piece, as iterencode() yields it when not
    asked for one shot (and dump() writes it): each scalar is one piece,
    joined to the separator or bracket before it, while containers and
    dictionary keys come as pieces of their own."""

    def __init__(self, owner, markers, quote, indent):
        self.owner = owner
        self.markers = markers
        self.quote = quote
        self.indent = indent
        self.item_separator = owner.item_separator
        self.key_separator = owner.key_separator

    def scalar(self, o):
        """The text of o if JSON has a single token for it, else None."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, self.owner.allow_nan)
        return None

    def key(self, k):
        """A dict key as the str written for it; None to leave it out."""
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_text(k, self.owner.allow_nan)
        if k is True or k is False or k is None:
            return self.scalar(k)
        if isinstance(k, int):
            return int.__repr__(k)
        if self.owner.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def enter(self, o):
        if self.markers is None:
            return None
        ident = id(o)
        if ident in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[ident] = o
        return ident

    def leave(self, ident):
        if ident is not None:
            del self.markers[ident]

    def layout(self, depth):
        """(what follows the opening bracket, the separator between
        members, what precedes the closing bracket) at this depth."""
        if self.indent is None:
            return '', self.item_separator, ''
        inner = '\n' + self.indent * (depth + 1)
        return inner, self.item_separator + inner, '\n' + self.indent * depth

    def nested(self, o, depth):
        """The pieces of a non-scalar: one generator per container level
        (so the recursion limit is met at the depth CPython meets it)."""
        if isinstance(o, (list, tuple)):
            return self.array(o, depth)
        if isinstance(o, dict):
            return self.mapping(o, depth)
        return self.value(o, depth)

    def value(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple, dict)):
            yield from self.nested(o, depth)
        else:
            ident = self.enter(o)
            stand_in = self.owner.default(o)
            try:
                yield from self.value(stand_in, depth)
            except BaseException as exc:
                exc.add_note(f'when serializing {type(o).__name__} object')
                raise
            self.leave(ident)

    def array(self, seq, depth):
        if not seq:
            yield '[]'
            return
        ident = self.enter(seq)
        first, between, last = self.layout(depth)
        lead = '[' + first
        for position, item in enumerate(seq):
            try:
                text = self.scalar(item)
                if text is None:
                    yield lead
                    yield from self.nested(item, depth + 1)
                else:
                    yield lead + text
            except BaseException as exc:
                exc.add_note(
                    f'when serializing {type(seq).__name__} item {position}')
                raise
            lead = between
        if last:
            yield last
        yield ']'
        self.leave(ident)

    def mapping(self, dct, depth):
        if not dct:
            yield '{}'
            return
        ident = self.enter(dct)
        first, between, last = self.layout(depth)
        yield '{'
        members = dct.items()
        if self.owner.sort_keys:
            members = sorted(members)
        started = False
        for k, v in members:
            name = self.key(k)
            if name is None:
                continue
            if started:
                yield between
            elif first:
                yield first
            started = True
            yield self.quote(name)
            yield self.key_separator
            try:
                text = self.scalar(v)
                if text is None:
                    yield from self.nested(v, depth + 1)
                else:
                    yield text
            except BaseException as exc:
                exc.add_note(
                    f'when serializing {type(dct).__name__} item {name!r}')
                raise
        if started and last:
            yield last
        yield '}'
        self.leave(ident)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults.

        If skipkeys is false, then it is a TypeError to attempt
        encoding of keys that are not str, int, float, bool or None.
        If skipkeys is True, such items are simply skipped.

        If ensure_ascii is true, the output is guaranteed to be str objects
        with all incoming non-ASCII and non-printable characters escaped.
        If ensure_ascii is false, the output can contain non-ASCII and
        non-printable characters.

        If check_circular is true, then lists, dicts, and custom encoded
        objects will be checked for circular references during encoding to
        prevent an infinite recursion (which would cause an RecursionError).
        Otherwise, no such check takes place.

        If allow_nan is true, then NaN, Infinity, and -Infinity will be
        encoded as such.  This behavior is not JSON specification compliant,
        but is consistent with most JavaScript based encoders and decoders.
        Otherwise, it will be a ValueError to encode such floats.

        If sort_keys is true, then the output of dictionaries will be
        sorted by key; this is useful for regression tests to ensure
        that JSON serializations can be compared on a day-to-day basis.

        If indent is a non-negative integer, then JSON array
        elements and object members will be pretty-printed with that
        indent level.  An indent level of 0 will only insert newlines.
        None is the most compact representation.

        If specified, separators should be an (item_separator,
        key_separator) tuple.  The default is (', ', ': ') if *indent* is
        ``None`` and (',', ': ') otherwise.  To get the most compact JSON
        representation, you should specify (',', ':') to eliminate
        whitespace.

        If specified, default is a function that gets called for objects
        that can't otherwise be serialized.  It should return a JSON
        encodable version of the object or raise a ``TypeError``.

        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing space before the end of an indented line.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        For example, to support arbitrary iterators, you could
        implement default like this::

            def default(self, o):
                try:
                    iterable = iter(o)
                except TypeError:
                    pass
                else:
                    return list(iterable)
                # Let the base class default method raise the TypeError
                return super().default(o)

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            return self._quoter()(o)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def _quoter(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot:
            whole = c_make_encoder(
                markers, self.default, self._quoter(), indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
            return whole(o, 0)
        return _Pieces(self, markers, self._quoter(), indent).value(o, 0)
